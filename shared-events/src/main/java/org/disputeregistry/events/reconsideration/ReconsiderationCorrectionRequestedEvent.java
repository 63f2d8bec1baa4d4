package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/**
 * The office asked the applicant to complete the application (补正通知).
 *
 * @param missingItems what the applicant must supply
 * @param correctionDueOn the applicant has 10 days; after that the application is deemed abandoned
 */
public record ReconsiderationCorrectionRequestedEvent(
    CaseId caseId,
    UUID stepId,
    LocalDate requestedOn,
    String missingItems,
    LocalDate correctionDueOn)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return requestedOn;
  }
}
