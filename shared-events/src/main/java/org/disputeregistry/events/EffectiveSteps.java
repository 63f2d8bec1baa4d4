package org.disputeregistry.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The steps a case counts: every step in recording order, each as last amended, without the
 * retracted ones. The command side folds a case's state from these and the read side its rows
 * ({@link #all}), so a correction changes both as if the step had been recorded right (or never) in
 * the first place. A correction applies to the latest step in effect only: the later steps of a
 * case were judged, and their due dates derived, from the earlier ones.
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

  public boolean contains(UUID stepId) {
    return steps.stream().anyMatch(step -> step.stepId().equals(stepId));
  }
}
