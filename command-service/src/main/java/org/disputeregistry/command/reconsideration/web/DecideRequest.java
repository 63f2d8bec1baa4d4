package org.disputeregistry.command.reconsideration.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.reconsideration.DecideCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.DecisionOutcome;

/**
 * The body of {@code POST .../{caseId}/decision}: issue the decision (行政复议决定): the case is closed.
 */
record DecideRequest(
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
        LocalDate decidedOn,
    @Schema(
            description =
                "CONFIRMED_INVALID only for an application received from 2024-01-01 (行政复议法 2023,"
                    + " Art. 67), else 400 NOT_PROVIDED_BY_LAW",
            example = "REVOKED")
        @NotNull
        DecisionOutcome outcome)
    implements StepRequest {

  @Override
  public DecideCommand toCommand(CaseId caseId) {
    return new DecideCommand(caseId, stepId, decidedOn, outcome);
  }
}
