package org.disputeregistry.command.reconsideration.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.reconsideration.SendCopyToRespondentCommand;
import org.disputeregistry.events.CaseId;

/**
 * The body of {@code POST .../{caseId}/copy-to-respondent}: the copy of the application was sent to
 * the respondent (once, while the case is under review); its reply is then due.
 */
record SendCopyToRespondentRequest(
    @Schema(
            description =
                "Chosen by the client; a retry with the same stepId and body is recorded once",
            example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
        @NotNull
        UUID stepId,
    @Schema(
            description = "The day it was sent (not in the future, not before the previous step)",
            example = "2023-03-10")
        @NotNull
        LocalDate sentOn)
    implements StepRequest {

  @Override
  public SendCopyToRespondentCommand toCommand(CaseId caseId) {
    return new SendCopyToRespondentCommand(caseId, stepId, sentOn);
  }
}
