package org.disputeregistry.command.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.mediation.CommercialMediationMediatorRecusedEvent;

/** The appointed mediator withdraws or is challenged (回避). */
public record RecuseMediatorCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate recusedOn,
    String mediator,
    String reason)
    implements StepCommand {

  CommercialMediationMediatorRecusedEvent toEvent() {
    return new CommercialMediationMediatorRecusedEvent(caseId, stepId, recusedOn, mediator, reason);
  }
}
