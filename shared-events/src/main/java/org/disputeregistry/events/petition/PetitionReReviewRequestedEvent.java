package org.disputeregistry.events.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/**
 * The petitioner asked for a re-review (复核) of the review decision.
 *
 * @param decisionDueOn 30 days to decide the re-review
 */
public record PetitionReReviewRequestedEvent(
    CaseId caseId, UUID stepId, LocalDate requestedOn, LocalDate decisionDueOn)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return requestedOn;
  }
}
