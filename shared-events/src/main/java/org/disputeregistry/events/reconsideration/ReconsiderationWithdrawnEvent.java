package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** Withdrawal of the application was approved (准予撤回); the case is closed (terminated). */
public record ReconsiderationWithdrawnEvent(
    CaseId caseId, UUID stepId, LocalDate approvedOn, WithdrawalReason reason)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return approvedOn;
  }
}
