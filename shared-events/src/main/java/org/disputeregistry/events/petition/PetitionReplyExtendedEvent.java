package org.disputeregistry.events.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.Nullable;
import org.disputeregistry.events.StepEvent;

/**
 * The reply time limit was extended, once, by at most 30 days, before it ran out, with the approval
 * of the head of the office (信访工作条例 Art. 34; 信访条例 Art. 33).
 *
 * @param approvedBy the account of the officer who approved it; absent from extensions recorded
 *     before approvals were recorded
 * @param reason why the petition could not be answered in time; absent as {@code approvedBy}
 */
public record PetitionReplyExtendedEvent(
    CaseId caseId,
    UUID stepId,
    LocalDate extendedOn,
    int days,
    LocalDate replyDueOn,
    @Nullable String approvedBy,
    @Nullable String reason)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return extendedOn;
  }
}
