package org.disputeregistry.events.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The appointed mediator withdrew or was challenged (回避); another must be appointed. */
public record CommercialMediationMediatorRecusedEvent(
    CaseId caseId, UUID stepId, LocalDate recusedOn, String mediator, String reason)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return recusedOn;
  }
}
