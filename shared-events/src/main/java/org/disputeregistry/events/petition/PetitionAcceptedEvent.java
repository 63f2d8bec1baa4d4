package org.disputeregistry.events.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The petition was accepted (受理); the reply is due in 60 days. */
public record PetitionAcceptedEvent(
    CaseId caseId, UUID stepId, LocalDate acceptedOn, LocalDate replyDueOn) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return acceptedOn;
  }
}
