package org.disputeregistry.command.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.mediation.CommercialMediationSessionHeldEvent;
import org.disputeregistry.events.mediation.SessionMode;

/** A mediation session was held by the appointed mediator. */
public record HoldSessionCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate heldOn, SessionMode mode)
    implements StepCommand {

  CommercialMediationSessionHeldEvent toEvent(String mediator) {
    return new CommercialMediationSessionHeldEvent(caseId, stepId, heldOn, mode, mediator);
  }
}
