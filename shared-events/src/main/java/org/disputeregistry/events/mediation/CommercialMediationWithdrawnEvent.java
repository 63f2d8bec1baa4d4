package org.disputeregistry.events.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The applicant withdrew the case. */
public record CommercialMediationWithdrawnEvent(
    CaseId caseId, UUID stepId, LocalDate withdrawnOn, String reason) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return withdrawnOn;
  }
}
