package org.disputeregistry.events.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.StepEvent;

/**
 * The parties signed a mediation agreement; the mediation succeeded.
 *
 * @param mediator the appointed mediator who concluded it
 */
public record CommercialMediationAgreementSignedEvent(
    CaseId caseId, UUID stepId, LocalDate signedOn, Money amountAgreed, String mediator)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return signedOn;
  }
}
