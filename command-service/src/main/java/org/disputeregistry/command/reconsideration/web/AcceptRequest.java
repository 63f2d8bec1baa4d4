package org.disputeregistry.command.reconsideration.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.reconsideration.AcceptCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.Procedure;

/**
 * The body of {@code POST .../{caseId}/acceptance}: accept the application (受理) for review. It has
 * no {@code deemed}: whether the acceptance is by operation of law is derived from the review's due
 * date, and a client that still sends the field is answered {@code 400 UNKNOWN_FIELD}.
 */
@Schema(name = "ReconsiderationAcceptRequest")
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
        LocalDate acceptedOn,
    @Schema(
            description =
                "SIMPLIFIED only for an application received from 2024-01-01 (行政复议法 2023,"
                    + " Art. 53), else 400 NOT_PROVIDED_BY_LAW",
            example = "ORDINARY")
        @NotNull
        Procedure procedure)
    implements StepRequest {

  @Override
  public AcceptCommand toCommand(CaseId caseId) {
    return new AcceptCommand(caseId, stepId, acceptedOn, procedure);
  }
}
