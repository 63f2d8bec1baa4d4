package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The review was suspended (中止); the decision clock stops until it resumes. */
public record ReconsiderationSuspendedEvent(
    CaseId caseId, UUID stepId, LocalDate suspendedOn, String reason) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return suspendedOn;
  }
}
