package org.disputeregistry.events.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/**
 * A mediator was appointed to the case.
 *
 * @param mediator the mediator's registration code at the centre
 */
public record CommercialMediationMediatorAppointedEvent(
    CaseId caseId, UUID stepId, LocalDate appointedOn, String mediator) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return appointedOn;
  }
}
