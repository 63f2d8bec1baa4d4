package org.disputeregistry.command.mediation;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.mediation.CommercialMediationAgreementPerformedEvent;
import org.disputeregistry.events.mediation.Performance;

/** The agreement was performed, fully or in part. */
public record RecordPerformanceCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate performedOn,
    Performance performance,
    Money amountPerformed)
    implements StepCommand {

  CommercialMediationAgreementPerformedEvent toEvent() {
    return new CommercialMediationAgreementPerformedEvent(
        caseId, stepId, performedOn, performance, amountPerformed);
  }
}
