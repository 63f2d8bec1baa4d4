package org.disputeregistry.events.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.StepEvent;

/** The agreement was performed, fully or in part. */
public record CommercialMediationAgreementPerformedEvent(
    CaseId caseId,
    UUID stepId,
    LocalDate performedOn,
    Performance performance,
    Money amountPerformed)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return performedOn;
  }
}
