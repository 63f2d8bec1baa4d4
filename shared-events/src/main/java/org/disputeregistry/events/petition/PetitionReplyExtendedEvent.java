package org.disputeregistry.events.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The reply time limit was extended, once and by at most 30 days. */
public record PetitionReplyExtendedEvent(
    CaseId caseId, UUID stepId, LocalDate extendedOn, int days, LocalDate replyDueOn)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return extendedOn;
  }
}
