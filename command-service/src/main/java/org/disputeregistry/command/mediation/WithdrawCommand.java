package org.disputeregistry.command.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.mediation.CommercialMediationWithdrawnEvent;

/** The applicant withdrew. */
public record WithdrawCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate withdrawnOn, String reason)
    implements StepCommand {

  CommercialMediationWithdrawnEvent toEvent() {
    return new CommercialMediationWithdrawnEvent(caseId, stepId, withdrawnOn, reason);
  }
}
