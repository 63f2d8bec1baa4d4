package org.disputeregistry.command.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionRepliedEvent;

/** The petitioner received a written reply (答复). */
public record ReplyCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate repliedOn)
    implements StepCommand {

  PetitionRepliedEvent toEvent(LocalDate reviewRequestDueOn) {
    return new PetitionRepliedEvent(caseId, stepId, repliedOn, reviewRequestDueOn);
  }
}
