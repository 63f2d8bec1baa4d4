package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ApplicationChannel;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;

/** Opens a reconsideration case: its application was received. */
public record ReceiveApplicationCommand(
    @TargetAggregateIdentifier CaseId caseId,
    String caseNumber,
    LocalDate receivedOn,
    ApplicationChannel channel,
    String street,
    String community,
    String category,
    String respondentAgency) {

  ReconsiderationApplicationReceivedEvent toEvent() {
    return new ReconsiderationApplicationReceivedEvent(
        caseId, caseNumber, receivedOn, channel, street, community, category, respondentAgency);
  }
}
