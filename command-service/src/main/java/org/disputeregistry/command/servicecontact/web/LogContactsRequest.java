package org.disputeregistry.command.servicecontact.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.servicecontact.LogContactsCommand;
import org.disputeregistry.events.CaseId;

/**
 * The body of {@code POST .../{caseId}/contacts}: log a batch of the day's contacts at the site.
 */
record LogContactsRequest(
    @Schema(
            description =
                "Chosen by the client; a retry with the same stepId and body is recorded once",
            example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
        @NotNull
        UUID stepId,
    @Schema(description = "1 to 1000 contacts") @NotNull @Size(min = 1, max = 1000)
        List<@NotNull @Valid ContactRequest> contacts)
    implements StepRequest {

  @Override
  public LogContactsCommand toCommand(CaseId caseId) {
    return new LogContactsCommand(
        caseId, stepId, contacts.stream().map(ContactRequest::toContact).toList());
  }
}
