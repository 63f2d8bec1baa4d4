package org.disputeregistry.events.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The matter was concluded without being resolved. */
public record PetitionNotResolvedEvent(
    CaseId caseId, UUID stepId, LocalDate concludedOn, String reason) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return concludedOn;
  }
}
