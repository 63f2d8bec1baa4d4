package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/**
 * Something happened during the review: the respondent answered, views were heard, a hearing (听证)
 * was held.
 */
public record ReconsiderationReviewActivityRecordedEvent(
    CaseId caseId, UUID stepId, ReviewActivity activity, LocalDate heldOn) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return heldOn;
  }
}
