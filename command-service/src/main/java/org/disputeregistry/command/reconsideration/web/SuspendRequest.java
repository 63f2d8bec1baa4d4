package org.disputeregistry.command.reconsideration.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.reconsideration.SuspendCommand;
import org.disputeregistry.command.web.Text;
import org.disputeregistry.events.CaseId;

/**
 * The body of {@code POST .../{caseId}/suspension}: suspend the review (中止); the decision clock
 * stops.
 */
record SuspendRequest(
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
        LocalDate suspendedOn,
    @Schema(example = "案件涉及法律适用问题，需要有权机关作出解释")
        @NotBlank
        @Size(max = 500)
        @Pattern(regexp = Text.PRINTABLE)
        String reason)
    implements StepRequest {

  @Override
  public SuspendCommand toCommand(CaseId caseId) {
    return new SuspendCommand(caseId, stepId, suspendedOn, reason.strip());
  }
}
