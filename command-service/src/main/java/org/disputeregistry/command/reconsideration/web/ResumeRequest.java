package org.disputeregistry.command.reconsideration.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.reconsideration.ResumeCommand;
import org.disputeregistry.events.CaseId;

/**
 * The body of {@code POST .../{caseId}/resumption}: resume a suspended review; the decision is due
 * later by the days it stood still.
 */
record ResumeRequest(
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
        LocalDate resumedOn)
    implements StepRequest {

  @Override
  public ResumeCommand toCommand(CaseId caseId) {
    return new ResumeCommand(caseId, stepId, resumedOn);
  }
}
