package org.disputeregistry.command.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.mediation.CommercialMediationStepRetractedEvent;

/** Retract the case's latest step, recorded by mistake, with the approving officer's name. */
public record RetractStepCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate approvedOn,
    UUID retractedStepId,
    String reason,
    String approvedBy)
    implements StepCommand {

  CommercialMediationStepRetractedEvent toEvent() {
    return new CommercialMediationStepRetractedEvent(
        caseId, stepId, approvedOn, retractedStepId, reason, approvedBy);
  }
}
