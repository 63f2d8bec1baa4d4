package org.disputeregistry.events.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The re-review (复核) was decided; the petition is concluded for good. */
public record PetitionReReviewDecidedEvent(
    CaseId caseId, UUID stepId, LocalDate decidedOn, ReviewOutcome outcome) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return decidedOn;
  }
}
