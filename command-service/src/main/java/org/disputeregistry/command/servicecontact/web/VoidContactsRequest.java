package org.disputeregistry.command.servicecontact.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.servicecontact.VoidContactsCommand;
import org.disputeregistry.command.web.Text;
import org.disputeregistry.events.CaseId;

/** The body of {@code POST .../{caseId}/voiding}: void a batch logged by mistake. */
record VoidContactsRequest(
    @Schema(
            description =
                "Chosen by the client; a retry with the same stepId and body is recorded once",
            example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
        @NotNull
        UUID stepId,
    @Schema(
            description = "The stepId of the batch to void",
            example = "9a1c0000-0000-4000-8000-000000000007")
        @NotNull
        UUID voidedStepId,
    @Schema(example = "重复录入") @NotBlank @Size(max = 500) @Pattern(regexp = Text.PRINTABLE)
        String reason)
    implements StepRequest {

  @Override
  public VoidContactsCommand toCommand(CaseId caseId) {
    return new VoidContactsCommand(caseId, stepId, voidedStepId, reason.strip());
  }
}
