package org.disputeregistry.command.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionReReviewDecidedEvent;
import org.disputeregistry.events.petition.ReviewOutcome;

/** The re-review was decided: the petition is concluded for good. */
public record DecideReReviewCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate decidedOn,
    ReviewOutcome outcome)
    implements StepCommand {

  PetitionReReviewDecidedEvent toEvent() {
    return new PetitionReReviewDecidedEvent(caseId, stepId, decidedOn, outcome);
  }
}
