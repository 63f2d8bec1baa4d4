package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** A reconsideration decision (行政复议决定) was issued; the case is closed. */
public record ReconsiderationDecidedEvent(
    CaseId caseId, UUID stepId, LocalDate decidedOn, DecisionOutcome outcome) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return decidedOn;
  }
}
