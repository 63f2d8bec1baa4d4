package org.disputeregistry.command.servicecontact.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.OpenRequest;
import org.disputeregistry.command.servicecontact.OpenServiceDayCommand;
import org.disputeregistry.events.CaseId;

/** The body of {@code POST /api/service-contacts}. */
record OpenServiceDayRequest(
    @Schema(
            description = "Chosen by the client; a retry with the same id and body is harmless",
            example = "2c5ea4c0-4067-11e9-8bad-9b1deb4d3b7d")
        @NotNull
        UUID caseId,
    @Schema(description = "The hall or station (code)", example = "MATIAN_SERVICE_HALL")
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Z0-9_]+")
        String site,
    @Schema(description = "Street code from the reference data", example = "MATIAN")
        @NotBlank
        @Size(max = 32)
        String street,
    @Schema(description = "Community code from the reference data", example = "JIANGSHI")
        @NotBlank
        @Size(max = 32)
        String community,
    @Schema(description = "The day the contacts were served", example = "2023-06-01") @NotNull
        LocalDate servedOn)
    implements OpenRequest {

  @Override
  public OpenServiceDayCommand toCommand() {
    return new OpenServiceDayCommand(new CaseId(caseId), site, street, community, servedOn);
  }
}
