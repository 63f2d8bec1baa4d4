package org.disputeregistry.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;

/**
 * The body of {@code POST .../{caseId}/retraction}, for every case type: retract the case's latest
 * step, recorded by mistake (a retracted ending reopens the case).
 */
public record RetractStepRequest(
    @Schema(
            description =
                "The retraction's own id, chosen by the client; a retry with the same stepId and"
                    + " body is recorded once",
            example = "9b2d4c1a-3e5f-4a6b-8c7d-0e1f2a3b4c5d")
        @NotNull
        UUID stepId,
    @Schema(
            description = "The stepId of the step to retract: the latest step in effect",
            example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
        @NotNull
        UUID retractedStepId,
    @Schema(
            description =
                "The day the correction was approved (not in the future, not before the step)",
            example = "2023-04-10")
        @NotNull
        LocalDate approvedOn,
    @Schema(example = "误录入：该决定属于另一案件") @NotBlank @Size(max = 500) @Pattern(regexp = Text.PRINTABLE)
        String reason,
    @Schema(
            description =
                "The account name of the officer who approved the correction; not the caller",
            example = "director.zhao")
        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = Text.PRINTABLE)
        String approvedBy) {

  /** The case type's retraction command, from its constructor. */
  public <C extends StepCommand> C toCommand(CaseId caseId, Retraction<C> retraction) {
    return retraction.of(
        caseId, stepId, approvedOn, retractedStepId, reason.strip(), approvedBy.strip());
  }

  /** The constructor of a case type's retraction command. */
  @FunctionalInterface
  public interface Retraction<C extends StepCommand> {
    C of(
        CaseId caseId,
        UUID stepId,
        LocalDate approvedOn,
        UUID retractedStepId,
        String reason,
        String approvedBy);
  }
}
