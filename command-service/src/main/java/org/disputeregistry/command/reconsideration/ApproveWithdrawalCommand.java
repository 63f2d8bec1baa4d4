package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ReconsiderationWithdrawnEvent;
import org.disputeregistry.events.reconsideration.WithdrawalReason;

/** Approve the withdrawal of the application (准予撤回): the case is closed. */
public record ApproveWithdrawalCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate approvedOn,
    WithdrawalReason reason)
    implements StepCommand {

  ReconsiderationWithdrawnEvent toEvent() {
    return new ReconsiderationWithdrawnEvent(caseId, stepId, approvedOn, reason);
  }
}
