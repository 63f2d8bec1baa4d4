package org.disputeregistry.command.servicecontact;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;

/** Void a batch logged by mistake. */
public record VoidContactsCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, UUID voidedStepId, String reason)
    implements StepCommand {}
