package org.disputeregistry.command.reconsideration.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.reconsideration.ExtendCorrectionPeriodCommand;
import org.disputeregistry.command.web.Text;
import org.disputeregistry.events.CaseId;

/**
 * The body of {@code POST .../{caseId}/correction-period-extension}: extend the applicant's period
 * to complete the application, once, by at most 10 working days (行政复议法 2023 Art. 31).
 */
@Schema(name = "ReconsiderationExtendCorrectionPeriodRequest")
record ExtendCorrectionPeriodRequest(
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
        LocalDate extendedOn,
    @Schema(description = "Extra working days, 1 to 10", example = "5") @NotNull @Min(1) @Max(10)
        Integer days,
    @Schema(
            description =
                "The account name of the officer who approved the extension (the head of the"
                    + " office); not the caller",
            example = "director.zhao")
        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = Text.PRINTABLE)
        String approvedBy,
    @Schema(
            description = "Why the applicant cannot complete the application in time",
            example = "申请人住院，无法按期提交材料")
        @NotBlank
        @Size(max = 500)
        @Pattern(regexp = Text.PRINTABLE)
        String reason)
    implements StepRequest {

  @Override
  public ExtendCorrectionPeriodCommand toCommand(CaseId caseId) {
    return new ExtendCorrectionPeriodCommand(
        caseId, stepId, extendedOn, days, approvedBy.strip(), reason.strip());
  }
}
