package org.disputeregistry.events.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The centre accepted the case for mediation. */
public record CommercialMediationAcceptedEvent(CaseId caseId, UUID stepId, LocalDate acceptedOn)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return acceptedOn;
  }
}
