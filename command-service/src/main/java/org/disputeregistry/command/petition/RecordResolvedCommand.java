package org.disputeregistry.command.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionResolvedEvent;

/** The matter was resolved (化解). */
public record RecordResolvedCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate resolvedOn)
    implements StepCommand {

  PetitionResolvedEvent toEvent() {
    return new PetitionResolvedEvent(caseId, stepId, resolvedOn);
  }
}
