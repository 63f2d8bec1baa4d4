package org.disputeregistry.command.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.mediation.CommercialMediationAcceptedEvent;

/** The centre accepts the case for mediation. */
public record AcceptCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate acceptedOn)
    implements StepCommand {

  CommercialMediationAcceptedEvent toEvent() {
    return new CommercialMediationAcceptedEvent(caseId, stepId, acceptedOn);
  }
}
