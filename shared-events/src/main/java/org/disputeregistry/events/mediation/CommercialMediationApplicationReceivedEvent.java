package org.disputeregistry.events.mediation;

import java.time.LocalDate;
import java.util.List;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.Nullable;

/**
 * A commercial mediation application (商事调解申请) was received at a centre.
 *
 * @param centre the mediation centre's code in the reference data
 * @param parties the origin of each party
 * @param street where the dispute belongs in the district, or null if outside it
 * @param community with {@code street}, or null
 */
public record CommercialMediationApplicationReceivedEvent(
    CaseId caseId,
    String caseNumber,
    LocalDate receivedOn,
    String centre,
    MediationSource source,
    List<PartyOrigin> parties,
    CommercialDisputeType disputeType,
    Money amountInDispute,
    @Nullable String street,
    @Nullable String community)
    implements CaseEvent {

  @Override
  public LocalDate businessDate() {
    return receivedOn;
  }
}
