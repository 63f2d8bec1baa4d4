package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionReceivedEvent;

/** The applicant supplied the missing material. */
public record ReceiveCorrectionCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate receivedOn)
    implements StepCommand {

  ReconsiderationCorrectionReceivedEvent toEvent(LocalDate reviewDueOn) {
    return new ReconsiderationCorrectionReceivedEvent(caseId, stepId, receivedOn, reviewDueOn);
  }
}
