package org.disputeregistry.command.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.events.AmendedStep;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EffectiveSteps;
import org.disputeregistry.events.EventCatalog;
import org.disputeregistry.events.StepCorrection;
import org.disputeregistry.events.StepEvent;

/**
 * The steps a case has recorded, by the client's step id: what makes a retried step harmless; and
 * the steps in effect after corrections ({@link EffectiveSteps}). Each case keeps one and guards
 * every step command with {@link #guard}.
 */
public final class StepLog {

  /** Metadata key of the version the client expects the case to be at ({@code If-Match}). */
  public static final String EXPECTED_VERSION = "expectedVersion";

  private final Map<UUID, StepEvent> steps = new HashMap<>();
  private final EffectiveSteps effective = new EffectiveSteps();

  /** The amendment being judged, while its step's handler runs; null otherwise. */
  private Amendment amending;

  /** Called by the case's event-sourcing handlers, for steps and corrections alike. */
  public void record(StepEvent event) {
    steps.put(event.stepId(), event);
    effective.add(event);
  }

  /** The steps in effect, in recording order: what the case's state is folded from. */
  public List<StepEvent> effective() {
    return effective.all();
  }

  /** The step to retract: the latest in effect (field: the request's name of its id). */
  public StepEvent retractable(UUID stepId, String field) {
    return Corrections.requireLatest(effective, stepId, field);
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
    requireVersion(expectedVersion);
    return chain.proceed();
  }

  /**
   * Guards a step command that may be an amendment ({@link Amendment} in its metadata): an ordinary
   * step as {@link #guard(StepCommand, Long, Enum, InterceptorChain)} does. An amendment already
   * recorded under its step id, saying the same, is answered as such; otherwise the step it amends
   * must be the latest in effect, approved by another officer on a day not before it, and the case
   * is folded back to before that step ({@code refold}) while the step's own handler judges the
   * command as the step should have been; its {@code record} then stores the amendment ({@link
   * #asAmendment}). The case is folded forward again whatever the outcome.
   *
   * @param refold folds the case's state from its opening and these steps
   */
  public Object guard(
      StepCommand command,
      MetaData metaData,
      Enum<?> state,
      InterceptorChain chain,
      Consumer<List<StepEvent>> refold,
      Clock clock)
      throws Exception {
    Long expectedVersion = (Long) metaData.get(EXPECTED_VERSION);
    Optional<Amendment> amendment = Amendment.in(metaData);
    if (amendment.isEmpty()) {
      return guard(command, expectedVersion, state, chain);
    }
    StepEvent recorded = steps.get(amendment.get().stepId());
    if (recorded != null) {
      if (sameAmendment(command, amendment.get(), recorded)) {
        return Recorded.alreadyCorrected(command.caseId(), amendment.get().stepId(), state);
      }
      throw stepIdTaken(amendment.get().stepId(), recorded);
    }
    requireVersion(expectedVersion);
    StepEvent original = Corrections.requireLatest(effective, command.stepId(), "stepId");
    Amendment approved = amendment.get();
    Corrections.requireApproval(
        approved.approvedBy(),
        (String) metaData.get(Actor.METADATA_KEY),
        approved.approvedOn(),
        original,
        clock);
    amending = approved;
    refold.accept(effective.beforeLatest());
    try {
      return chain.proceed();
    } finally {
      amending = null;
      refold.accept(effective.all());
    }
  }

  /**
   * The event to store for a step its handler decided: the step itself, or during an amendment the
   * amendment event that {@code amended} builds, once the step is the same kind of step as the one
   * it amends and the approval is not before it.
   */
  public <E extends StepCorrection> StepEvent asAmendment(StepEvent step, AmendedEvent<E> amended) {
    if (amending == null) {
      return step;
    }
    StepEvent original = effective.latest().orElseThrow();
    if (original.getClass() != step.getClass()) {
      throw new RuleViolation(
          ErrorCode.NOT_THE_SAME_STEP,
          "step",
          "Step "
              + original.stepId()
              + " is a "
              + EventCatalog.typeOf(original.getClass()).name()
              + "; it is amended by the same kind of step, or retracted");
    }
    if (amending.approvedOn().isBefore(step.businessDate())) {
      throw new RuleViolation(
          ErrorCode.DATE_BEFORE_PREVIOUS_STEP,
          "approvedOn",
          "approvedOn " + amending.approvedOn() + " is before the amended step's date");
    }
    return amended.of(
        step.caseId(),
        amending.stepId(),
        amending.approvedOn(),
        step.stepId(),
        AmendedStep.of(step),
        amending.reason(),
        amending.approvedBy());
  }

  /** The answer to the command just recorded: its step, or the amendment of it. */
  public Recorded recorded(StepCommand command, Enum<?> state) {
    return amending == null
        ? Recorded.step(command, state)
        : Recorded.corrected(command.caseId(), amending.stepId(), state);
  }

  /** The constructor of a case type's amendment event. */
  @FunctionalInterface
  public interface AmendedEvent<E extends StepCorrection> {
    E of(
        CaseId caseId,
        UUID stepId,
        LocalDate approvedOn,
        UUID amendedStepId,
        AmendedStep amendment,
        String reason,
        String approvedBy);
  }

  private static boolean sameAmendment(
      StepCommand amended, Amendment amendment, StepEvent recorded) {
    return recorded instanceof StepCorrection correction
        && correction.correctedStepId().equals(amended.stepId())
        && correction.replacement().map(step -> sameStep(amended, step)).orElse(false)
        && correction.businessDate().equals(amendment.approvedOn())
        && correction.reason().equals(amendment.reason())
        && correction.approvedBy().equals(amendment.approvedBy());
  }

  private static void requireVersion(Long expectedVersion) {
    Long version = AggregateLifecycle.getVersion();
    if (expectedVersion != null && !expectedVersion.equals(version)) {
      throw new RuleViolation(
          ErrorCode.VERSION_MISMATCH,
          "If-Match",
          "The case is at version " + version + ", not " + expectedVersion + "; read it again");
    }
  }

  private boolean alreadyRecorded(StepCommand command) {
    StepEvent recorded = steps.get(command.stepId());
    if (recorded == null) {
      return false;
    }
    if (sameStep(command, recorded)) {
      return true;
    }
    throw stepIdTaken(command.stepId(), recorded);
  }

  private static RuleViolation stepIdTaken(UUID stepId, StepEvent recorded) {
    return new RuleViolation(
        ErrorCode.STEP_ID_TAKEN,
        "stepId",
        "Step "
            + stepId
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
