package org.disputeregistry.command.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.mediation.CommercialMediationMediatorAppointedEvent;

/** Appoint a mediator. */
public record AppointMediatorCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate appointedOn, String mediator)
    implements StepCommand {

  CommercialMediationMediatorAppointedEvent toEvent() {
    return new CommercialMediationMediatorAppointedEvent(caseId, stepId, appointedOn, mediator);
  }
}
