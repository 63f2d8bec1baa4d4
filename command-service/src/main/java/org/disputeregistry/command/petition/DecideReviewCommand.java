package org.disputeregistry.command.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionReviewDecidedEvent;
import org.disputeregistry.events.petition.ReviewOutcome;

/** The review was decided, within 30 days. */
public record DecideReviewCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate decidedOn,
    ReviewOutcome outcome)
    implements StepCommand {

  PetitionReviewDecidedEvent toEvent(LocalDate reReviewRequestDueOn) {
    return new PetitionReviewDecidedEvent(caseId, stepId, decidedOn, outcome, reReviewRequestDueOn);
  }
}
