package org.disputeregistry.command.reconsideration.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.reconsideration.ApproveWithdrawalCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.WithdrawalReason;

/**
 * The body of {@code POST .../{caseId}/withdrawal}: approve the withdrawal of the application
 * (准予撤回): the case is closed.
 */
record ApproveWithdrawalRequest(
    @Schema(
            description =
                "Chosen by the client; a retry with the same stepId and body is recorded once",
            example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
        @NotNull
        UUID stepId,
    @Schema(
            description = "The day it happened (not in the future, not before the previous step)",
            example = "2023-04-03")
        @NotNull
        LocalDate approvedOn,
    @Schema(example = "SETTLEMENT") @NotNull WithdrawalReason reason)
    implements StepRequest {

  @Override
  public ApproveWithdrawalCommand toCommand(CaseId caseId) {
    return new ApproveWithdrawalCommand(caseId, stepId, approvedOn, reason);
  }
}
