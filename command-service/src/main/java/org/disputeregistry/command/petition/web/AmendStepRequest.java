package org.disputeregistry.command.petition.web;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.Amendment;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.web.Text;

/**
 * The body of {@code POST .../{caseId}/amendment}: record the case's latest step again as it should
 * have been. {@code amended} is that step's body as for its own POST, with its {@code stepId} and,
 * as in a back-fill line, its name in {@code step}.
 */
@Schema(name = "PetitionAmendStepRequest")
record AmendStepRequest(
    @Schema(
            description =
                "The amendment's own id, chosen by the client; a retry with the same stepId and"
                    + " body is recorded once",
            example = "9b2d4c1a-3e5f-4a6b-8c7d-0e1f2a3b4c5d")
        @NotNull
        UUID stepId,
    @Schema(
            description =
                "The day the correction was approved (not in the future, not before the step)",
            example = "2023-04-10")
        @NotNull
        LocalDate approvedOn,
    @Schema(example = "决定结果录入错误") @NotBlank @Size(max = 500) @Pattern(regexp = Text.PRINTABLE)
        String reason,
    @Schema(
            description =
                "The account name of the officer who approved the correction; not the caller",
            example = "director.zhao")
        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = Text.PRINTABLE)
        String approvedBy,
    @Schema(
            description =
                "The step as it should have been recorded: the latest step in effect (its stepId),"
                    + " of the same kind (its name in step), e.g. {\"step\":\"resolution\","
                    + "\"stepId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"resolvedOn\":\"2023-04-03\"}")
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "step")
        @JsonSubTypes({
          @JsonSubTypes.Type(value = AcceptRequest.class, name = "acceptance"),
          @JsonSubTypes.Type(value = RefuseAcceptanceRequest.class, name = "non-acceptance"),
          @JsonSubTypes.Type(value = RedirectRequest.class, name = "redirection"),
          @JsonSubTypes.Type(value = AssignRequest.class, name = "assignment"),
          @JsonSubTypes.Type(value = ExtendTimeLimitRequest.class, name = "extension"),
          @JsonSubTypes.Type(value = ReplyRequest.class, name = "reply"),
          @JsonSubTypes.Type(value = RecordResolvedRequest.class, name = "resolution"),
          @JsonSubTypes.Type(value = RecordNotResolvedRequest.class, name = "non-resolution"),
          @JsonSubTypes.Type(value = RateSatisfactionRequest.class, name = "satisfaction"),
          @JsonSubTypes.Type(value = RequestReviewRequest.class, name = "review-request"),
          @JsonSubTypes.Type(value = DecideReviewRequest.class, name = "review-decision"),
          @JsonSubTypes.Type(value = RequestReReviewRequest.class, name = "re-review-request"),
          @JsonSubTypes.Type(value = DecideReReviewRequest.class, name = "re-review-decision")
        })
        @NotNull
        @Valid
        StepRequest amended) {

  Amendment amendment() {
    return new Amendment(stepId, approvedOn, reason.strip(), approvedBy.strip());
  }
}
