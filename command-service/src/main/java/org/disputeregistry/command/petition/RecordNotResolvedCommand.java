package org.disputeregistry.command.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionNotResolvedEvent;

/** The matter was concluded without being resolved. */
public record RecordNotResolvedCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate concludedOn, String reason)
    implements StepCommand {

  PetitionNotResolvedEvent toEvent() {
    return new PetitionNotResolvedEvent(caseId, stepId, concludedOn, reason);
  }
}
