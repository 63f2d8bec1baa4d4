package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/**
 * The copy of the application (申请书副本) was sent to the respondent, who then has its period to reply
 * and produce the evidence (行政复议法 2023 Art. 48: 10 working days, Art. 54 simplified: 5; 2017 Art.
 * 23: 10 days), counted from the day it was sent.
 *
 * @param respondentReplyDueOn the respondent's last day to reply
 */
public record ReconsiderationCopySentToRespondentEvent(
    CaseId caseId, UUID stepId, LocalDate sentOn, LocalDate respondentReplyDueOn)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return sentOn;
  }
}
