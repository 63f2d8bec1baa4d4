package org.disputeregistry.command.reconsideration.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.reconsideration.RecordReviewActivityCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ReviewActivity;

/**
 * The body of {@code POST .../{caseId}/review-activity}: record that the respondent answered, views
 * were heard or a hearing was held.
 */
record RecordReviewActivityRequest(
    @Schema(
            description =
                "Chosen by the client; a retry with the same stepId and body is recorded once",
            example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
        @NotNull
        UUID stepId,
    @Schema(example = "HEARING_HELD") @NotNull ReviewActivity activity,
    @Schema(
            description = "The day it happened (not in the future, not before the previous step)",
            example = "2023-04-03")
        @NotNull
        LocalDate heldOn)
    implements StepRequest {

  @Override
  public RecordReviewActivityCommand toCommand(CaseId caseId) {
    return new RecordReviewActivityCommand(caseId, stepId, activity, heldOn);
  }
}
