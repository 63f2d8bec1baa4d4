package org.disputeregistry.events.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/**
 * A mediation session was held.
 *
 * @param mediator who conducted it (the appointed mediator)
 */
public record CommercialMediationSessionHeldEvent(
    CaseId caseId, UUID stepId, LocalDate heldOn, SessionMode mode, String mediator)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return heldOn;
  }
}
