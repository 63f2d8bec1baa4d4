package org.disputeregistry.events.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/**
 * The review (复查) was decided.
 *
 * @param reReviewRequestDueOn the petitioner may ask for a re-review (复核) until then (30 days)
 */
public record PetitionReviewDecidedEvent(
    CaseId caseId,
    UUID stepId,
    LocalDate decidedOn,
    ReviewOutcome outcome,
    LocalDate reReviewRequestDueOn)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return decidedOn;
  }
}
