package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReconsiderationProcedureConvertedEvent;

/** Convert a simplified review to the ordinary procedure. */
public record ConvertProcedureCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate convertedOn, String reason)
    implements StepCommand {

  ReconsiderationProcedureConvertedEvent toEvent(LocalDate decisionDueOn) {
    return new ReconsiderationProcedureConvertedEvent(
        caseId, stepId, convertedOn, Procedure.ORDINARY, reason, decisionDueOn);
  }
}
