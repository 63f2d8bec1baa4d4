package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.DecisionOutcome;
import org.disputeregistry.events.reconsideration.ReconsiderationDecidedEvent;

/** Issue the decision (行政复议决定): the case is closed. */
public record DecideCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate decidedOn,
    DecisionOutcome outcome)
    implements StepCommand {

  ReconsiderationDecidedEvent toEvent() {
    return new ReconsiderationDecidedEvent(caseId, stepId, decidedOn, outcome);
  }
}
