package org.disputeregistry.command.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionNotAcceptedEvent;

/** Refuse to accept the petition (不予受理). */
public record RefuseAcceptanceCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate decidedOn, String reason)
    implements StepCommand {

  PetitionNotAcceptedEvent toEvent() {
    return new PetitionNotAcceptedEvent(caseId, stepId, decidedOn, reason);
  }
}
