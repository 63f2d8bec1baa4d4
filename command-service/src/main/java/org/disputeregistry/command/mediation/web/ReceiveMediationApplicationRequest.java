package org.disputeregistry.command.mediation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.OpenRequest;
import org.disputeregistry.command.mediation.ReceiveMediationApplicationCommand;
import org.disputeregistry.command.web.MoneyRequest;
import org.disputeregistry.command.web.Text;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.mediation.CommercialDisputeType;
import org.disputeregistry.events.mediation.MediationSource;
import org.disputeregistry.events.mediation.PartyOrigin;

/** The body of {@code POST /api/commercial-mediations}. */
record ReceiveMediationApplicationRequest(
    @Schema(
            description = "Chosen by the client; a retry with the same id and body is harmless",
            example = "8d0e7a52-3b1f-4c7d-a9e2-5f6b7c8d9e01")
        @NotNull
        UUID caseId,
    @Schema(description = "Unique per case type and year", example = "光明商调〔2023〕8号")
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = Text.CASE_NUMBER)
        String caseNumber,
    @Schema(description = "The day the application was received", example = "2023-05-08") @NotNull
        LocalDate receivedOn,
    @Schema(description = "Mediation centre code from the reference data", example = "SCIENCE_CITY")
        @NotBlank
        @Size(max = 64)
        String centre,
    @Schema(example = "COURT_ENTRUSTED") @NotNull MediationSource source,
    @Schema(
            description = "The origin of each party (at least two)",
            example = "[\"DOMESTIC\",\"FOREIGN\"]")
        @NotNull
        @Size(min = 2, max = 1000)
        List<@NotNull PartyOrigin> parties,
    @Schema(example = "INTELLECTUAL_PROPERTY") @NotNull CommercialDisputeType disputeType,
    @Schema(description = "The amount in dispute") @NotNull @Valid MoneyRequest amountInDispute,
    @Schema(
            description = "Street code, if the dispute belongs in the district",
            example = "FENGHUANG")
        @Size(max = 32)
        String street,
    @Schema(description = "Community code, with the street", example = "TANGJIA") @Size(max = 32)
        String community)
    implements OpenRequest {

  @Override
  public ReceiveMediationApplicationCommand toCommand() {
    return new ReceiveMediationApplicationCommand(
        new CaseId(caseId),
        caseNumber.strip(),
        receivedOn,
        centre,
        source,
        parties,
        disputeType,
        amountInDispute.toMoney(),
        street,
        community);
  }
}
