package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ReconsiderationTerminatedEvent;

/** Terminate the review (终止) on another ground: the case is closed. */
public record TerminateCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate terminatedOn, String ground)
    implements StepCommand {

  ReconsiderationTerminatedEvent toEvent() {
    return new ReconsiderationTerminatedEvent(caseId, stepId, terminatedOn, ground);
  }
}
