package org.disputeregistry.command.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.mediation.CommercialMediationEndedWithoutAgreementEvent;

/** The mediation ended without agreement. */
public record EndWithoutAgreementCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate endedOn, String reason)
    implements StepCommand {

  CommercialMediationEndedWithoutAgreementEvent toEvent(String mediator) {
    return new CommercialMediationEndedWithoutAgreementEvent(
        caseId, stepId, endedOn, reason, mediator);
  }
}
