package org.disputeregistry.command.petition.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.petition.AcceptCommand;
import org.disputeregistry.events.CaseId;

/**
 * The body of {@code POST .../{caseId}/acceptance}: accept the petition (受理); the reply is due in
 * 60 days.
 */
@Schema(name = "PetitionAcceptRequest")
record AcceptRequest(
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
        LocalDate acceptedOn)
    implements StepRequest {

  @Override
  public AcceptCommand toCommand(CaseId caseId) {
    return new AcceptCommand(caseId, stepId, acceptedOn);
  }
}
