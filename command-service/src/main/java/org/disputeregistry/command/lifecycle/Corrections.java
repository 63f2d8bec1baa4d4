package org.disputeregistry.command.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.command.rules.Approvals;
import org.disputeregistry.command.rules.BusinessDates;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.events.EffectiveSteps;
import org.disputeregistry.events.StepEvent;

/**
 * The rules every correction (amendment or retraction) passes, whatever the case type; the case's
 * own rules then judge the corrected history ({@link EffectiveSteps}).
 */
public final class Corrections {

  private Corrections() {}

  /**
   * The step to correct, which must be the case's latest effective step: the later steps were
   * judged, and their due dates derived, from it, so they are retracted first (latest first).
   */
  static StepEvent requireLatest(EffectiveSteps effective, UUID stepId, String field) {
    StepEvent latest = effective.latest().orElse(null);
    if (latest != null && latest.stepId().equals(stepId)) {
      return latest;
    }
    if (effective.contains(stepId)) {
      throw new RuleViolation(
          ErrorCode.NOT_THE_LATEST_STEP,
          field,
          "Step "
              + stepId
              + " is followed by step "
              + latest.stepId()
              + ": retract the later steps first, latest first");
    }
    throw new RuleViolation(
        ErrorCode.UNKNOWN_STEP,
        field,
        "This case has no step "
            + stepId
            + " in effect (never recorded, retracted, or a correction)");
  }

  /**
   * A correction is approved by another officer than the one who records it (four eyes), on a
   * plausible day not before the step it corrects.
   *
   * @param actor the recorder, the access token's subject
   */
  public static void requireApproval(
      String approvedBy, String actor, LocalDate approvedOn, StepEvent step, Clock clock) {
    Approvals.requireOtherOfficer(approvedBy, actor, "A correction");
    BusinessDates.requireFollowing("approvedOn", approvedOn, step.businessDate(), clock);
  }
}
