package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/**
 * The applicant supplied the missing material; the 5 days to review start again.
 *
 * @param reviewDueOn the office must accept or refuse by then
 */
public record ReconsiderationCorrectionReceivedEvent(
    CaseId caseId, UUID stepId, LocalDate receivedOn, LocalDate reviewDueOn) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return receivedOn;
  }
}
