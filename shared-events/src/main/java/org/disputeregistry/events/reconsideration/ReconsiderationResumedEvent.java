package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The review resumed (恢复审理); the decision is due later by the days it stood still. */
public record ReconsiderationResumedEvent(
    CaseId caseId, UUID stepId, LocalDate resumedOn, LocalDate decisionDueOn) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return resumedOn;
  }
}
