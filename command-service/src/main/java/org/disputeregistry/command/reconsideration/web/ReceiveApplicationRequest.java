package org.disputeregistry.command.reconsideration.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.OpenRequest;
import org.disputeregistry.command.reconsideration.ReceiveApplicationCommand;
import org.disputeregistry.command.web.Text;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.AdministrativeActKind;
import org.disputeregistry.events.reconsideration.ApplicantKind;
import org.disputeregistry.events.reconsideration.ApplicationChannel;

/** The body of {@code POST /api/reconsiderations}. */
record ReceiveApplicationRequest(
    @Schema(
            description = "Chosen by the client; a retry with the same id and body is harmless",
            example = "3f2b8c1e-6d4a-4b7e-9c1a-0e5d2f7a9b10")
        @NotNull
        UUID caseId,
    @Schema(example = "光明复〔2023〕17号") @NotBlank @Size(max = 64) @Pattern(regexp = Text.CASE_NUMBER)
        String caseNumber,
    @Schema(
            description = "The day the application was received (not in the future)",
            example = "2023-03-14")
        @NotNull
        LocalDate receivedOn,
    @Schema(example = "ONLINE") @NotNull ApplicationChannel channel,
    @Schema(description = "Street code from the reference data", example = "GUANGMING")
        @NotBlank
        @Size(max = 32)
        String street,
    @Schema(description = "Community code from the reference data", example = "BIYAN")
        @NotBlank
        @Size(max = 32)
        String community,
    @Schema(description = "Category code from the reference data", example = "URBAN_MANAGEMENT")
        @NotBlank
        @Size(max = 64)
        String category,
    @Schema(description = "The agency whose act is contested (被申请人)", example = "光明区城市管理和综合执法局")
        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = Text.PRINTABLE)
        String respondentAgency,
    @Schema(
            description =
                "The kind of each applicant (identities stay out of the registry); optional for"
                    + " older clients, then counted as unknown",
            example = "[\"PERSON\"]")
        @Size(min = 1, max = 1000)
        List<@NotNull ApplicantKind> applicants,
    @Schema(
            description = "The kind of act contested; optional for older clients",
            example = "PENALTY")
        AdministrativeActKind actKind)
    implements OpenRequest {

  @Override
  public ReceiveApplicationCommand toCommand() {
    return new ReceiveApplicationCommand(
        new CaseId(caseId),
        caseNumber.strip(),
        receivedOn,
        channel,
        street,
        community,
        category,
        respondentAgency.strip(),
        applicants,
        actKind);
  }
}
