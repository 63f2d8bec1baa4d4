package org.disputeregistry.command.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionStepRetractedEvent;

/** Retract the case's latest step, recorded by mistake, with the approving officer's name. */
public record RetractStepCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate approvedOn,
    UUID retractedStepId,
    String reason,
    String approvedBy)
    implements StepCommand {

  PetitionStepRetractedEvent toEvent() {
    return new PetitionStepRetractedEvent(
        caseId, stepId, approvedOn, retractedStepId, reason, approvedBy);
  }
}
