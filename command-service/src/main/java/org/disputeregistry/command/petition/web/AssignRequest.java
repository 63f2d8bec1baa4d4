package org.disputeregistry.command.petition.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.petition.AssignCommand;
import org.disputeregistry.command.web.Text;
import org.disputeregistry.events.CaseId;

/**
 * The body of {@code POST .../{caseId}/assignment}: assign the petition to a department (交办) with a
 * due date.
 */
record AssignRequest(
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
        LocalDate assignedOn,
    @Schema(example = "光明区住房和建设局") @NotBlank @Size(max = 200) @Pattern(regexp = Text.PRINTABLE)
        String department,
    @Schema(
            description = "When the department must report back (may be in the future)",
            example = "2023-04-20")
        @NotNull
        LocalDate dueOn)
    implements StepRequest {

  @Override
  public AssignCommand toCommand(CaseId caseId) {
    return new AssignCommand(caseId, stepId, assignedOn, department.strip(), dueOn);
  }
}
