package org.disputeregistry.command.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionSatisfactionRatedEvent;
import org.disputeregistry.events.petition.Satisfaction;

/** The petitioner's satisfaction with the handling. */
public record RateSatisfactionCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate ratedOn,
    Satisfaction satisfaction)
    implements StepCommand {

  PetitionSatisfactionRatedEvent toEvent() {
    return new PetitionSatisfactionRatedEvent(caseId, stepId, ratedOn, satisfaction);
  }
}
