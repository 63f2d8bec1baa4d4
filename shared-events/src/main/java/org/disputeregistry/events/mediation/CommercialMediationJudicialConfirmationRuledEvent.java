package org.disputeregistry.events.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The court ruled on the judicial confirmation. */
public record CommercialMediationJudicialConfirmationRuledEvent(
    CaseId caseId, UUID stepId, LocalDate ruledOn, ConfirmationRuling ruling) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return ruledOn;
  }
}
