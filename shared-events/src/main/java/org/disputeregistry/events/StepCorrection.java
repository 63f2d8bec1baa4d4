package org.disputeregistry.events;

import java.util.Optional;
import java.util.UUID;

/**
 * A correction of a step recorded by mistake: the step is amended (recorded again as it should have
 * been) or retracted, never rewritten: its event stays in the history, and the correction follows
 * it with a reason and the officer who approved it. Every reader of a case folds its <em>effective
 * steps</em>: the steps in recording order, each as last amended, without the retracted ones.
 */
public interface StepCorrection extends StepEvent {

  /** The step id of the step corrected. */
  UUID correctedStepId();

  /** The step as it should have been recorded; empty for a retraction. */
  Optional<StepEvent> replacement();

  String reason();

  /** The account name of the officer who approved the correction (not its recorder). */
  String approvedBy();
}
