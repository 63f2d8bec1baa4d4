package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;

/** Convert a simplified review to the ordinary procedure. */
public record ConvertProcedureCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate convertedOn, String reason)
    implements StepCommand {}
