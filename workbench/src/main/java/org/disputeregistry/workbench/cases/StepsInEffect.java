package org.disputeregistry.workbench.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of a case in effect as its timeline is read in order: a step is in effect once
 * recorded, an amendment replaces its fields (the step stays where it was), a retraction takes it
 * out. The last one in effect is the one a correction may concern (the command side judges: a step
 * that later steps follow is {@code NOT_THE_LATEST_STEP}).
 */
final class StepsInEffect {

  /**
   * A step in effect: its id, its event's type and label, its fields as they now stand, and the
   * timeline's event that recorded them (the step's, or its latest amendment's).
   */
  record StepInEffect(String stepId, String type, String label, JsonNode fields, long sequence) {}

  private final Map<String, StepInEffect> steps = new LinkedHashMap<>();

  void recorded(StepInEffect step) {
    steps.remove(step.stepId());
    steps.put(step.stepId(), step);
  }

  void amended(String stepId, JsonNode fields, long sequence) {
    StepInEffect step = steps.get(stepId);
    if (step != null) {
      steps.put(stepId, new StepInEffect(stepId, step.type(), step.label(), fields, sequence));
    }
  }

  void retracted(String stepId) {
    steps.remove(stepId);
  }

  Optional<StepInEffect> latest() {
    StepInEffect latest = null;
    for (StepInEffect step : steps.values()) {
      latest = step;
    }
    return Optional.ofNullable(latest);
  }
}
