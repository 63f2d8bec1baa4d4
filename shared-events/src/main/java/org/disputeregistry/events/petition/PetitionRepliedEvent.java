package org.disputeregistry.events.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/**
 * The petitioner received a written reply (答复).
 *
 * @param reviewRequestDueOn the petitioner may ask for a review (复查) until then (30 days)
 */
public record PetitionRepliedEvent(
    CaseId caseId, UUID stepId, LocalDate repliedOn, LocalDate reviewRequestDueOn)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return repliedOn;
  }
}
