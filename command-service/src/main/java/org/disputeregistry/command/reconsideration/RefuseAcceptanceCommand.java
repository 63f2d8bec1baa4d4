package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ReconsiderationNotAcceptedEvent;

/** Refuse to accept the application (不予受理). */
public record RefuseAcceptanceCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate decidedOn, String reason)
    implements StepCommand {

  ReconsiderationNotAcceptedEvent toEvent() {
    return new ReconsiderationNotAcceptedEvent(caseId, stepId, decidedOn, reason);
  }
}
