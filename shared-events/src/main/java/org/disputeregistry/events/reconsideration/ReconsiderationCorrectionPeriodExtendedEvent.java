package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/**
 * The applicant's period to complete the application (补正) was extended, once, before it ran out,
 * for a good reason, as approved by the head of the office ("有正当理由不能按期补正的，行政复议机构可以延长合理的补正期限", 行政复议法
 * 2023 Art. 31; the earlier law provides no such extension).
 *
 * @param days the working days added
 * @param correctionDueOn the applicant's new last day
 * @param approvedBy the account of the officer who approved it
 * @param reason why the applicant could not complete the application in time
 */
public record ReconsiderationCorrectionPeriodExtendedEvent(
    CaseId caseId,
    UUID stepId,
    LocalDate extendedOn,
    int days,
    LocalDate correctionDueOn,
    String approvedBy,
    String reason)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return extendedOn;
  }
}
