package org.disputeregistry.events.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The centre did not accept the case; it ends. */
public record CommercialMediationNotAcceptedEvent(
    CaseId caseId, UUID stepId, LocalDate decidedOn, String reason) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return decidedOn;
  }
}
