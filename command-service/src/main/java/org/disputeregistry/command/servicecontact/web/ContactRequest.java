package org.disputeregistry.command.servicecontact.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.disputeregistry.events.servicecontact.ServiceContact;
import org.disputeregistry.events.servicecontact.ServiceContactKind;

/** One contact in a batch: what for, how many people, and optionally the field. */
record ContactRequest(
    @Schema(example = "LEGAL_SERVICE") @NotNull ServiceContactKind kind,
    @Schema(description = "People served together in this contact", example = "2")
        @NotNull
        @Min(1)
        @Max(10000)
        Integer persons,
    @Schema(
            description = "Category code from the reference data, if any",
            example = "HUMAN_RESOURCES")
        @Size(max = 64)
        String category) {

  ServiceContact toContact() {
    return new ServiceContact(kind, persons, category);
  }
}
