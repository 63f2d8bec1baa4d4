package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ReconsiderationTimeLimitExtendedEvent;

/**
 * Extend the decision time limit, once, by at most 30 days, before it runs out, as approved by
 * another officer (the head of the office) for the reason given.
 */
public record ExtendTimeLimitCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate extendedOn,
    int days,
    String approvedBy,
    String reason)
    implements StepCommand {

  ReconsiderationTimeLimitExtendedEvent toEvent(LocalDate decisionDueOn) {
    return new ReconsiderationTimeLimitExtendedEvent(
        caseId, stepId, extendedOn, days, decisionDueOn, approvedBy, reason);
  }
}
