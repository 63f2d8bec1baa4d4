package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.Nullable;
import org.disputeregistry.events.StepEvent;

/**
 * The decision time limit was extended (延期), at most once, by at most 30 days, before it ran out,
 * with the approval of the head of the office (行政复议法 2023 Art. 62; 2017 Art. 31).
 *
 * @param approvedBy the account of the officer who approved it; absent from extensions recorded
 *     before approvals were recorded
 * @param reason why the case could not be decided in time; absent as {@code approvedBy}
 */
public record ReconsiderationTimeLimitExtendedEvent(
    CaseId caseId,
    UUID stepId,
    LocalDate extendedOn,
    int days,
    LocalDate decisionDueOn,
    @Nullable String approvedBy,
    @Nullable String reason)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return extendedOn;
  }
}
