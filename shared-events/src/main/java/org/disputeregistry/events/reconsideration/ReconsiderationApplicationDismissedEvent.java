package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The application was dismissed after acceptance (驳回申请); the case is closed. */
public record ReconsiderationApplicationDismissedEvent(
    CaseId caseId, UUID stepId, LocalDate dismissedOn, String reason) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return dismissedOn;
  }
}
