package org.disputeregistry.events.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.Nullable;
import org.disputeregistry.events.StepEvent;

/**
 * The parties signed a mediation agreement; the mediation succeeded.
 *
 * @param mediator the appointed mediator who concluded it
 * @param confirmationDueOn the last day the parties may apply for judicial confirmation (30 days
 *     from the agreement taking effect, 民事诉讼法 Art. 205); absent before it was tracked
 */
public record CommercialMediationAgreementSignedEvent(
    CaseId caseId,
    UUID stepId,
    LocalDate signedOn,
    Money amountAgreed,
    String mediator,
    @Nullable LocalDate confirmationDueOn)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return signedOn;
  }
}
