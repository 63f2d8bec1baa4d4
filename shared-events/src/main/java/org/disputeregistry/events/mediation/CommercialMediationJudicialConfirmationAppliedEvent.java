package org.disputeregistry.events.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The parties applied to a court for judicial confirmation (司法确认) of their agreement. */
public record CommercialMediationJudicialConfirmationAppliedEvent(
    CaseId caseId, UUID stepId, LocalDate appliedOn, String court) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return appliedOn;
  }
}
