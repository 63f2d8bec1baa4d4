package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ReconsiderationDeemedAbandonedEvent;

/** The applicant let the correction period pass: the application is deemed abandoned. */
public record DeemAbandonedCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate abandonedOn)
    implements StepCommand {

  ReconsiderationDeemedAbandonedEvent toEvent() {
    return new ReconsiderationDeemedAbandonedEvent(caseId, stepId, abandonedOn);
  }
}
