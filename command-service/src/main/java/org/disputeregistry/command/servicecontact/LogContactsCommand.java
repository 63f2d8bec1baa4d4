package org.disputeregistry.command.servicecontact;

import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.servicecontact.ServiceContact;

/** Log a batch of the day's contacts at the site. */
public record LogContactsCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, List<ServiceContact> contacts)
    implements StepCommand {}
