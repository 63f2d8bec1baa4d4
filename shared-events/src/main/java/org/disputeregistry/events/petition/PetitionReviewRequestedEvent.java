package org.disputeregistry.events.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/**
 * The petitioner asked for a review (复查) of the reply.
 *
 * @param decisionDueOn 30 days to decide the review
 */
public record PetitionReviewRequestedEvent(
    CaseId caseId, UUID stepId, LocalDate requestedOn, LocalDate decisionDueOn)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return requestedOn;
  }
}
