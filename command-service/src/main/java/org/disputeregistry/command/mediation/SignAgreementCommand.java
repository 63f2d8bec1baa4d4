package org.disputeregistry.command.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.mediation.CommercialMediationAgreementSignedEvent;

/** The parties signed an agreement: the mediation succeeded. */
public record SignAgreementCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate signedOn, Money amountAgreed)
    implements StepCommand {

  CommercialMediationAgreementSignedEvent toEvent(String mediator, LocalDate confirmationDueOn) {
    return new CommercialMediationAgreementSignedEvent(
        caseId, stepId, signedOn, amountAgreed, mediator, confirmationDueOn);
  }
}
