package org.disputeregistry.command.petition.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.OpenRequest;
import org.disputeregistry.command.petition.RegisterPetitionCommand;
import org.disputeregistry.command.web.Text;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionChannel;

/** The body of {@code POST /api/petitions}. */
record RegisterPetitionRequest(
    @Schema(
            description = "Chosen by the client; a retry with the same id and body is harmless",
            example = "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b")
        @NotNull
        UUID caseId,
    @Schema(description = "Unique per case type and year", example = "光明信〔2023〕512号")
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = Text.CASE_NUMBER)
        String caseNumber,
    @Schema(description = "The day it was registered", example = "2023-06-01") @NotNull
        LocalDate registeredOn,
    @Schema(example = "HOTLINE") @NotNull PetitionChannel channel,
    @Schema(description = "How many people brought it", example = "1") @NotNull @Min(1) @Max(100000)
        Integer persons,
    @Schema(description = "A group petition (集体访)", example = "false") @NotNull Boolean group,
    @Schema(description = "The same matter was petitioned before (重复访)", example = "false") @NotNull
        Boolean repeat,
    @Schema(description = "Street code from the reference data", example = "MATIAN")
        @NotBlank
        @Size(max = 32)
        String street,
    @Schema(description = "Community code from the reference data", example = "JIANGSHI")
        @NotBlank
        @Size(max = 32)
        String community,
    @Schema(
            description = "Category code from the reference data",
            example = "HOUSING_AND_CONSTRUCTION")
        @NotBlank
        @Size(max = 64)
        String category)
    implements OpenRequest {

  @Override
  public RegisterPetitionCommand toCommand() {
    return new RegisterPetitionCommand(
        new CaseId(caseId),
        caseNumber.strip(),
        registeredOn,
        channel,
        persons,
        group,
        repeat,
        street,
        community,
        category);
  }
}
