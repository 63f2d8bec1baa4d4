package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionRequestedEvent;

/** Ask the applicant to complete the application (补正). */
public record RequestCorrectionCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate requestedOn,
    String missingItems)
    implements StepCommand {

  ReconsiderationCorrectionRequestedEvent toEvent(LocalDate correctionDueOn) {
    return new ReconsiderationCorrectionRequestedEvent(
        caseId, stepId, requestedOn, missingItems, correctionDueOn);
  }
}
