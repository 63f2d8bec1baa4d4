package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** A mediation agreement (调解书) took effect; the case is closed as mediated. */
public record ReconsiderationMediationAgreementEffectiveEvent(
    CaseId caseId, UUID stepId, LocalDate effectiveOn) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return effectiveOn;
  }
}
