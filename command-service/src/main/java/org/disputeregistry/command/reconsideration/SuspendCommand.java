package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ReconsiderationSuspendedEvent;

/** Suspend the review (中止); the decision clock stops. */
public record SuspendCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate suspendedOn, String reason)
    implements StepCommand {

  ReconsiderationSuspendedEvent toEvent() {
    return new ReconsiderationSuspendedEvent(caseId, stepId, suspendedOn, reason);
  }
}
