package org.disputeregistry.events.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The petitioner rated their satisfaction with the handling. */
public record PetitionSatisfactionRatedEvent(
    CaseId caseId, UUID stepId, LocalDate ratedOn, Satisfaction satisfaction) implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return ratedOn;
  }
}
