package org.disputeregistry.command.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.mediation.CommercialMediationJudicialConfirmationRuledEvent;
import org.disputeregistry.events.mediation.ConfirmationRuling;

/** The court ruled on the confirmation. */
public record RuleOnJudicialConfirmationCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate ruledOn,
    ConfirmationRuling ruling)
    implements StepCommand {

  CommercialMediationJudicialConfirmationRuledEvent toEvent() {
    return new CommercialMediationJudicialConfirmationRuledEvent(caseId, stepId, ruledOn, ruling);
  }
}
