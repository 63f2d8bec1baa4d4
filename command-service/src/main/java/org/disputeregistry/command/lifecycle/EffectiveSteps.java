package org.disputeregistry.command.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.disputeregistry.events.StepCorrection;
import org.disputeregistry.events.StepEvent;

/**
 * The steps a case counts: every step in recording order, each as last amended, without the
 * retracted ones. A case folds its state from these ({@link #all}), so a correction changes the
 * state as if the step had been recorded right (or never) in the first place. Corrections apply to
 * the latest effective step only ({@link Corrections#requireLatest}): the later steps of a case
 * were judged, and their due dates derived, from the earlier ones.
 */
public final class EffectiveSteps {

  private final List<StepEvent> steps = new ArrayList<>();

  /** A step recorded, or a correction of the latest. */
  public void add(StepEvent event) {
    if (event instanceof StepCorrection correction) {
      StepEvent latest = steps.remove(steps.size() - 1);
      if (!latest.stepId().equals(correction.correctedStepId())) {
        throw new IllegalStateException(
            "A correction of step " + correction.correctedStepId() + " is not of the latest");
      }
      correction.replacement().ifPresent(steps::add);
      return;
    }
    steps.add(event);
  }

  public List<StepEvent> all() {
    return List.copyOf(steps);
  }

  /** Every effective step but the latest: what the latest was judged against. */
  public List<StepEvent> beforeLatest() {
    return steps.isEmpty() ? List.of() : List.copyOf(steps.subList(0, steps.size() - 1));
  }

  public Optional<StepEvent> latest() {
    return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
  }

  boolean contains(UUID stepId) {
    return steps.stream().anyMatch(step -> step.stepId().equals(stepId));
  }
}
