package org.disputeregistry.command.mediation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.mediation.RecordPerformanceCommand;
import org.disputeregistry.command.web.MoneyRequest;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.mediation.Performance;

/**
 * The body of {@code POST .../{caseId}/performance}: the agreement was performed, fully or in part.
 */
record RecordPerformanceRequest(
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
        LocalDate performedOn,
    @Schema(example = "FULLY") @NotNull Performance performance,
    @Schema(description = "The amount performed so far") @NotNull @Valid
        MoneyRequest amountPerformed)
    implements StepRequest {

  @Override
  public RecordPerformanceCommand toCommand(CaseId caseId) {
    return new RecordPerformanceCommand(
        caseId, stepId, performedOn, performance, amountPerformed.toMoney());
  }
}
