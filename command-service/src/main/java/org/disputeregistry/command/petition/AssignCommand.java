package org.disputeregistry.command.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionAssignedEvent;

/** Assign the petition to a department (交办) with a due date. */
public record AssignCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate assignedOn,
    String department,
    LocalDate dueOn)
    implements StepCommand {

  PetitionAssignedEvent toEvent() {
    return new PetitionAssignedEvent(caseId, stepId, assignedOn, department, dueOn);
  }
}
