package org.disputeregistry.command.petition.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.petition.DecideReReviewCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.ReviewOutcome;

/**
 * The body of {@code POST .../{caseId}/re-review-decision}: the re-review was decided: the petition
 * is concluded for good.
 */
record DecideReReviewRequest(
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
    @Schema(example = "UPHELD") @NotNull ReviewOutcome outcome)
    implements StepRequest {

  @Override
  public DecideReReviewCommand toCommand(CaseId caseId) {
    return new DecideReReviewCommand(caseId, stepId, decidedOn, outcome);
  }
}
