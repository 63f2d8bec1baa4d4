package org.disputeregistry.events.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/**
 * The petition was assigned to a department (交办) with a due date.
 *
 * @param dueOn when the department must report back
 */
public record PetitionAssignedEvent(
    CaseId caseId, UUID stepId, LocalDate assignedOn, String department, LocalDate dueOn)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return assignedOn;
  }
}
