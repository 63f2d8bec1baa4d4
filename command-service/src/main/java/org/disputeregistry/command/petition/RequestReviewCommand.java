package org.disputeregistry.command.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionReviewRequestedEvent;

/** The petitioner asked for a review (复查), within 30 days of the reply. */
public record RequestReviewCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate requestedOn)
    implements StepCommand {

  PetitionReviewRequestedEvent toEvent(LocalDate decisionDueOn) {
    return new PetitionReviewRequestedEvent(caseId, stepId, requestedOn, decisionDueOn);
  }
}
