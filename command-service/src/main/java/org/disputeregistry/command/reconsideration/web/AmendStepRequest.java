package org.disputeregistry.command.reconsideration.web;

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
@Schema(name = "ReconsiderationAmendStepRequest")
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
                    + " of the same kind (its name in step), e.g. {\"step\":\"decision\","
                    + "\"stepId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\","
                    + "\"decidedOn\":\"2023-04-03\",\"outcome\":\"REVOKED\"}")
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "step")
        @JsonSubTypes({
          @JsonSubTypes.Type(value = RequestCorrectionRequest.class, name = "correction-request"),
          @JsonSubTypes.Type(
              value = ExtendCorrectionPeriodRequest.class,
              name = "correction-period-extension"),
          @JsonSubTypes.Type(value = ReceiveCorrectionRequest.class, name = "correction"),
          @JsonSubTypes.Type(value = DeemAbandonedRequest.class, name = "abandonment"),
          @JsonSubTypes.Type(value = AcceptRequest.class, name = "acceptance"),
          @JsonSubTypes.Type(value = RefuseAcceptanceRequest.class, name = "non-acceptance"),
          @JsonSubTypes.Type(value = RedirectRequest.class, name = "redirection"),
          @JsonSubTypes.Type(
              value = SendCopyToRespondentRequest.class,
              name = "copy-to-respondent"),
          @JsonSubTypes.Type(value = RecordReviewActivityRequest.class, name = "review-activity"),
          @JsonSubTypes.Type(value = SuspendRequest.class, name = "suspension"),
          @JsonSubTypes.Type(value = ResumeRequest.class, name = "resumption"),
          @JsonSubTypes.Type(value = ExtendTimeLimitRequest.class, name = "extension"),
          @JsonSubTypes.Type(value = ConvertProcedureRequest.class, name = "procedure-conversion"),
          @JsonSubTypes.Type(
              value = RecordMediationAgreementRequest.class,
              name = "mediation-agreement"),
          @JsonSubTypes.Type(value = ApproveWithdrawalRequest.class, name = "withdrawal"),
          @JsonSubTypes.Type(value = TerminateRequest.class, name = "termination"),
          @JsonSubTypes.Type(value = DecideRequest.class, name = "decision"),
          @JsonSubTypes.Type(value = DismissApplicationRequest.class, name = "dismissal")
        })
        @NotNull
        @Valid
        StepRequest amended) {

  Amendment amendment() {
    return new Amendment(stepId, approvedOn, reason.strip(), approvedBy.strip());
  }
}
