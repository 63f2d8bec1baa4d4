package org.disputeregistry.command.reconsideration.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.reconsideration.TerminateCommand;
import org.disputeregistry.command.web.Text;
import org.disputeregistry.events.CaseId;

/**
 * The body of {@code POST .../{caseId}/termination}: terminate the review (终止) on another ground:
 * the case is closed.
 */
record TerminateRequest(
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
        LocalDate terminatedOn,
    @Schema(example = "申请人死亡，无近亲属参加行政复议")
        @NotBlank
        @Size(max = 500)
        @Pattern(regexp = Text.PRINTABLE)
        String ground)
    implements StepRequest {

  @Override
  public TerminateCommand toCommand(CaseId caseId) {
    return new TerminateCommand(caseId, stepId, terminatedOn, ground.strip());
  }
}
