package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.Nullable;
import org.disputeregistry.events.StepEvent;

/**
 * The application was accepted (受理) for review.
 *
 * @param deemed accepted by operation of law because the office let the review period pass (视为受理):
 *     derived by the command side, true when the acceptance was recorded after the review's due
 *     date
 * @param decisionDueOn 60 days (ordinary) or 30 days (simplified) after acceptance
 * @param copyDueOn the last day to send the copy of the application to the respondent (7 working
 *     days, 3 in the simplified procedure); absent from acceptances recorded before it was tracked
 */
public record ReconsiderationAcceptedEvent(
    CaseId caseId,
    UUID stepId,
    LocalDate acceptedOn,
    Procedure procedure,
    boolean deemed,
    LocalDate decisionDueOn,
    @Nullable LocalDate copyDueOn)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return acceptedOn;
  }
}
