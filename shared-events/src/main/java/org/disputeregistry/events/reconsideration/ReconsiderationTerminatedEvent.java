package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The review was terminated (终止) on another ground than withdrawal; the case is closed. */
public record ReconsiderationTerminatedEvent(
    CaseId caseId, UUID stepId, LocalDate terminatedOn, String ground) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return terminatedOn;
  }
}
