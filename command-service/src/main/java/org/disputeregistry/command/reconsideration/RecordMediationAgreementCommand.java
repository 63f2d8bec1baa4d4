package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ReconsiderationMediationAgreementEffectiveEvent;

/** A mediation agreement (调解书) took effect: the case is closed as mediated. */
public record RecordMediationAgreementCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate effectiveOn)
    implements StepCommand {

  ReconsiderationMediationAgreementEffectiveEvent toEvent() {
    return new ReconsiderationMediationAgreementEffectiveEvent(caseId, stepId, effectiveOn);
  }
}
