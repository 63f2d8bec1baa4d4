package org.disputeregistry.command.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.mediation.CommercialMediationNotAcceptedEvent;

/** The centre does not accept the case. */
public record RefuseAcceptanceCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate decidedOn, String reason)
    implements StepCommand {

  CommercialMediationNotAcceptedEvent toEvent() {
    return new CommercialMediationNotAcceptedEvent(caseId, stepId, decidedOn, reason);
  }
}
