package org.disputeregistry.events.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.Nullable;
import org.disputeregistry.events.StepEvent;

/**
 * The mediation ended without agreement.
 *
 * @param mediator the appointed mediator, or null if none was
 */
public record CommercialMediationEndedWithoutAgreementEvent(
    CaseId caseId, UUID stepId, LocalDate endedOn, String reason, @Nullable String mediator)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return endedOn;
  }
}
