package org.disputeregistry.command.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionAcceptedEvent;

/** Accept the petition (受理); the reply is due in 60 days. */
public record AcceptCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate acceptedOn)
    implements StepCommand {

  PetitionAcceptedEvent toEvent(LocalDate replyDueOn) {
    return new PetitionAcceptedEvent(caseId, stepId, acceptedOn, replyDueOn);
  }
}
