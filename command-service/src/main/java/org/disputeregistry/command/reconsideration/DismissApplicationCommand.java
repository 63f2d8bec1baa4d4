package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationDismissedEvent;

/** Dismiss the application after acceptance (驳回申请): the case is closed. */
public record DismissApplicationCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate dismissedOn, String reason)
    implements StepCommand {

  ReconsiderationApplicationDismissedEvent toEvent() {
    return new ReconsiderationApplicationDismissedEvent(caseId, stepId, dismissedOn, reason);
  }
}
