package org.disputeregistry.command.mediation;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.mediation.CommercialDisputeType;
import org.disputeregistry.events.mediation.CommercialMediationApplicationReceivedEvent;
import org.disputeregistry.events.mediation.MediationSource;
import org.disputeregistry.events.mediation.PartyOrigin;

/** Opens a commercial mediation case: its application was received at a centre. */
public record ReceiveMediationApplicationCommand(
    @TargetAggregateIdentifier CaseId caseId,
    String caseNumber,
    LocalDate receivedOn,
    String centre,
    MediationSource source,
    List<PartyOrigin> parties,
    CommercialDisputeType disputeType,
    Money amountInDispute,
    String street,
    String community) {

  /**
   * The name under which the API sends this command to open a case it expects to be new ({@link
   * org.disputeregistry.command.lifecycle.CaseCommands#open}).
   */
  public static final String NEW_CASE = "ReceiveMediationApplicationCommand.new";

  CommercialMediationApplicationReceivedEvent toEvent() {
    return new CommercialMediationApplicationReceivedEvent(
        caseId,
        caseNumber,
        receivedOn,
        centre,
        source,
        List.copyOf(parties),
        disputeType,
        amountInDispute,
        street,
        community);
  }
}
