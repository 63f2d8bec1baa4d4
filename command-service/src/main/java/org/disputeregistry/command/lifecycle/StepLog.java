package org.disputeregistry.command.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.events.EventCatalog;
import org.disputeregistry.events.StepEvent;

/**
 * The steps a case has recorded, by the client's step id: what makes a retried step harmless. Each
 * case keeps one and guards every step command with {@link #guard}.
 */
public final class StepLog {

  /** Metadata key of the version the client expects the case to be at ({@code If-Match}). */
  public static final String EXPECTED_VERSION = "expectedVersion";

  private final Map<UUID, StepEvent> steps = new HashMap<>();

  /** Called by the case's event-sourcing handlers. */
  public void record(StepEvent event) {
    steps.put(event.stepId(), event);
  }

  /**
   * Lets a step command through to its handler, or answers it without one: a step the case already
   * recorded under that id is answered as such; a stale expected version is refused.
   */
  public Object guard(
      StepCommand command, Long expectedVersion, Enum<?> state, InterceptorChain chain)
      throws Exception {
    if (alreadyRecorded(command)) {
      return Recorded.alreadyStepped(command, state);
    }
    Long version = AggregateLifecycle.getVersion();
    if (expectedVersion != null && !expectedVersion.equals(version)) {
      throw new RuleViolation(
          ErrorCode.VERSION_MISMATCH,
          "If-Match",
          "The case is at version " + version + ", not " + expectedVersion + "; read it again");
    }
    return chain.proceed();
  }

  private boolean alreadyRecorded(StepCommand command) {
    StepEvent recorded = steps.get(command.stepId());
    if (recorded == null) {
      return false;
    }
    if (sameStep(command, recorded)) {
      return true;
    }
    throw new RuleViolation(
        ErrorCode.STEP_ID_TAKEN,
        "stepId",
        "Step "
            + command.stepId()
            + " of this case was already recorded as a different "
            + EventCatalog.typeOf(recorded.getClass()).name());
  }

  /**
   * Every field of the command has the same value in the event; the event's other fields are what
   * the case derived when it recorded the step (due dates may since have moved).
   */
  static boolean sameStep(StepCommand command, StepEvent event) {
    JsonNode asked = SameContent.comparable(command);
    JsonNode recorded = SameContent.comparable(event);
    for (Iterator<Map.Entry<String, JsonNode>> it = asked.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!field.getValue().equals(recorded.get(field.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
