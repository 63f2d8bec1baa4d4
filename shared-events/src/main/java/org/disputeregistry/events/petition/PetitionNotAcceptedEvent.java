package org.disputeregistry.events.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The petition was not accepted (不予受理); the case ends. */
public record PetitionNotAcceptedEvent(
    CaseId caseId, UUID stepId, LocalDate decidedOn, String reason) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return decidedOn;
  }
}
