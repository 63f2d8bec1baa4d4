package org.disputeregistry.command.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionReReviewRequestedEvent;

/** The petitioner asked for a re-review (复核), within 30 days of the review. */
public record RequestReReviewCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate requestedOn)
    implements StepCommand {

  PetitionReReviewRequestedEvent toEvent(LocalDate decisionDueOn) {
    return new PetitionReReviewRequestedEvent(caseId, stepId, requestedOn, decisionDueOn);
  }
}
