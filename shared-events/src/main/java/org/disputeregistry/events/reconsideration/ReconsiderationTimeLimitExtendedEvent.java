package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The decision time limit was extended (延期), at most once and by at most 30 days. */
public record ReconsiderationTimeLimitExtendedEvent(
    CaseId caseId, UUID stepId, LocalDate extendedOn, int days, LocalDate decisionDueOn)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return extendedOn;
  }
}
