package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The applicant did not complete the application in time (视为放弃); the case ends unaccepted. */
public record ReconsiderationDeemedAbandonedEvent(CaseId caseId, UUID stepId, LocalDate abandonedOn)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return abandonedOn;
  }
}
