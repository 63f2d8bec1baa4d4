package org.disputeregistry.command.reconsideration.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.reconsideration.RefuseAcceptanceCommand;
import org.disputeregistry.command.web.Text;
import org.disputeregistry.events.CaseId;

/**
 * The body of {@code POST .../{caseId}/non-acceptance}: refuse to accept the application (不予受理).
 */
@Schema(name = "ReconsiderationRefuseAcceptanceRequest")
record RefuseAcceptanceRequest(
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
    @Schema(example = "超过法定申请期限") @NotBlank @Size(max = 500) @Pattern(regexp = Text.PRINTABLE)
        String reason)
    implements StepRequest {

  @Override
  public RefuseAcceptanceCommand toCommand(CaseId caseId) {
    return new RefuseAcceptanceCommand(caseId, stepId, decidedOn, reason.strip());
  }
}
