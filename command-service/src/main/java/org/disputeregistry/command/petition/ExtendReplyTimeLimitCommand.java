package org.disputeregistry.command.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionReplyExtendedEvent;

/**
 * Extend the reply time limit, once, by at most 30 days, before it runs out, as approved by another
 * officer (the head of the office) for the reason given.
 */
public record ExtendReplyTimeLimitCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate extendedOn,
    int days,
    String approvedBy,
    String reason)
    implements StepCommand {

  PetitionReplyExtendedEvent toEvent(LocalDate replyDueOn) {
    return new PetitionReplyExtendedEvent(
        caseId, stepId, extendedOn, days, replyDueOn, approvedBy, reason);
  }
}
