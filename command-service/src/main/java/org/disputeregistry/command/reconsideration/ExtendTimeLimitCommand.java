package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;

/** Extend the decision time limit, once, by at most 30 days. */
public record ExtendTimeLimitCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate extendedOn, int days)
    implements StepCommand {}
