package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.disputeregistry.events.AmendedStep;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepCorrection;
import org.disputeregistry.events.StepEvent;

/**
 * A step recorded by mistake was amended: from now on the case counts it as {@code amendment}; the
 * step's original event stays in the history.
 *
 * @param approvedOn the day the correction was approved
 * @param amendedStepId the step id of the amended step (also the step id inside {@code amendment})
 * @param approvedBy the account name of the approving officer
 */
public record ReconsiderationStepAmendedEvent(
    CaseId caseId,
    UUID stepId,
    LocalDate approvedOn,
    UUID amendedStepId,
    AmendedStep amendment,
    String reason,
    String approvedBy)
    implements StepCorrection {

  @Override
  public LocalDate businessDate() {
    return approvedOn;
  }

  @Override
  public UUID correctedStepId() {
    return amendedStepId;
  }

  @Override
  public Optional<StepEvent> replacement() {
    return Optional.of(amendment.event());
  }
}
