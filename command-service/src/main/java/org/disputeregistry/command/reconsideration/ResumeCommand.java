package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ReconsiderationResumedEvent;

/** Resume a suspended review; the decision is due later by the days it stood still. */
public record ResumeCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate resumedOn)
    implements StepCommand {

  ReconsiderationResumedEvent toEvent(LocalDate decisionDueOn) {
    return new ReconsiderationResumedEvent(caseId, stepId, resumedOn, decisionDueOn);
  }
}
