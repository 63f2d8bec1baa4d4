package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The applicant was referred to the competent authority (告知/转送); the case ends here. */
public record ReconsiderationRedirectedEvent(
    CaseId caseId, UUID stepId, LocalDate redirectedOn, String competentAuthority)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return redirectedOn;
  }
}
