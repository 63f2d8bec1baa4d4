package org.disputeregistry.command.reconsideration.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.reconsideration.DeemAbandonedCommand;
import org.disputeregistry.events.CaseId;

/**
 * The body of {@code POST .../{caseId}/abandonment}: the applicant let the correction period pass:
 * the application is deemed abandoned.
 */
record DeemAbandonedRequest(
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
        LocalDate abandonedOn)
    implements StepRequest {

  @Override
  public DeemAbandonedCommand toCommand(CaseId caseId) {
    return new DeemAbandonedCommand(caseId, stepId, abandonedOn);
  }
}
