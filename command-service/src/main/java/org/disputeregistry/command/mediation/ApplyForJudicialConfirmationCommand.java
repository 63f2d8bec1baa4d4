package org.disputeregistry.command.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.mediation.CommercialMediationJudicialConfirmationAppliedEvent;

/** The parties applied to a court to confirm the agreement (司法确认). */
public record ApplyForJudicialConfirmationCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate appliedOn, String court)
    implements StepCommand {

  CommercialMediationJudicialConfirmationAppliedEvent toEvent() {
    return new CommercialMediationJudicialConfirmationAppliedEvent(
        caseId, stepId, appliedOn, court);
  }
}
