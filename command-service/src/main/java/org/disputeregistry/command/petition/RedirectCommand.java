package org.disputeregistry.command.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.LegalChannel;
import org.disputeregistry.events.petition.PetitionRedirectedEvent;

/** Direct the petitioner to a legal channel. */
public record RedirectCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate redirectedOn,
    LegalChannel legalChannel)
    implements StepCommand {

  PetitionRedirectedEvent toEvent() {
    return new PetitionRedirectedEvent(caseId, stepId, redirectedOn, legalChannel);
  }
}
