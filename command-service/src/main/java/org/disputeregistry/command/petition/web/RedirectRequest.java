package org.disputeregistry.command.petition.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.petition.RedirectCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.LegalChannel;

/** The body of {@code POST .../{caseId}/redirection}: direct the petitioner to a legal channel. */
@Schema(name = "PetitionRedirectRequest")
record RedirectRequest(
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
        LocalDate redirectedOn,
    @Schema(example = "ARBITRATION") @NotNull LegalChannel legalChannel)
    implements StepRequest {

  @Override
  public RedirectCommand toCommand(CaseId caseId) {
    return new RedirectCommand(caseId, stepId, redirectedOn, legalChannel);
  }
}
