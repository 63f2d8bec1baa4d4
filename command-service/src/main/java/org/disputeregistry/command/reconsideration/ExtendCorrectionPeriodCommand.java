package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionPeriodExtendedEvent;

/**
 * Extend the applicant's period to complete the application, once, by at most 10 working days,
 * before it runs out, as approved by another officer (the head of the office) for the reason given
 * (行政复议法 2023 Art. 31).
 */
public record ExtendCorrectionPeriodCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    LocalDate extendedOn,
    int days,
    String approvedBy,
    String reason)
    implements StepCommand {

  ReconsiderationCorrectionPeriodExtendedEvent toEvent(LocalDate correctionDueOn) {
    return new ReconsiderationCorrectionPeriodExtendedEvent(
        caseId, stepId, extendedOn, days, correctionDueOn, approvedBy, reason);
  }
}
