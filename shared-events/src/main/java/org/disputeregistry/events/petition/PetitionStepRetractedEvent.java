package org.disputeregistry.events.petition;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepCorrection;
import org.disputeregistry.events.StepEvent;

/**
 * A step recorded by mistake was retracted: the case stands as if it had never been taken (a
 * retracted ending reopens the case); the step's original event stays in the history.
 *
 * @param approvedOn the day the correction was approved
 * @param retractedStepId the step id of the retracted step
 * @param approvedBy the account name of the approving officer
 */
public record PetitionStepRetractedEvent(
    CaseId caseId,
    UUID stepId,
    LocalDate approvedOn,
    UUID retractedStepId,
    String reason,
    String approvedBy)
    implements StepCorrection {

  @Override
  public LocalDate businessDate() {
    return approvedOn;
  }

  @Override
  public UUID correctedStepId() {
    return retractedStepId;
  }

  @Override
  public Optional<StepEvent> replacement() {
    return Optional.empty();
  }
}
