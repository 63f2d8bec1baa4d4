package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;

/**
 * Accept the application (受理) for review; whether it is accepted by operation of law is derived
 * ({@link ReviewPeriod}).
 */
public record AcceptCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate acceptedOn,
    Procedure procedure)
    implements StepCommand {

  ReconsiderationAcceptedEvent toEvent(
      boolean deemed, LocalDate decisionDueOn, LocalDate copyDueOn) {
    return new ReconsiderationAcceptedEvent(
        caseId, stepId, acceptedOn, procedure, deemed, decisionDueOn, copyDueOn);
  }
}
