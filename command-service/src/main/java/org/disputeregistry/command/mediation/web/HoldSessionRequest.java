package org.disputeregistry.command.mediation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.mediation.HoldSessionCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.mediation.SessionMode;

/**
 * The body of {@code POST .../{caseId}/session}: a mediation session was held by the appointed
 * mediator.
 */
record HoldSessionRequest(
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
        LocalDate heldOn,
    @Schema(example = "ONLINE") @NotNull SessionMode mode)
    implements StepRequest {

  @Override
  public HoldSessionCommand toCommand(CaseId caseId) {
    return new HoldSessionCommand(caseId, stepId, heldOn, mode);
  }
}
