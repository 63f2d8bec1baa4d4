package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ReconsiderationRedirectedEvent;

/** Refer the applicant to the competent authority. */
public record RedirectCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate redirectedOn,
    String competentAuthority)
    implements StepCommand {

  ReconsiderationRedirectedEvent toEvent() {
    return new ReconsiderationRedirectedEvent(caseId, stepId, redirectedOn, competentAuthority);
  }
}
