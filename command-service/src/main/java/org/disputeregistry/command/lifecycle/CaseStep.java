package org.disputeregistry.command.lifecycle;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.events.StepEvent;

/**
 * A step of a case type, with the rule that says whether a case standing so may take it. Each case
 * type declares its steps as an enum; its aggregate calls {@link #requireAllowedIn} before every
 * step and its view lists {@link #allowedIn}: one rule, read both ways.
 *
 * @param <S> what the rule reads of a case: its state and the few facts beside it (a mediator
 *     appointed, an extension used, ...)
 */
public interface CaseStep<S> {

  /**
   * @throws RuleViolation (ILLEGAL_TRANSITION, or the rule's own code such as
   *     EXTENSION_ALREADY_USED) when a case standing so may not take this step
   */
  void requireAllowedIn(S standing);

  String name();

  /**
   * The step's name in the API, the path segment of its POST: {@code NON_ACCEPTANCE} is {@code
   * .../non-acceptance}.
   */
  default String segment() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The steps that a case standing so may take, by {@link #segment}, in declaration order: exactly
   * those that {@link #requireAllowedIn} lets through. What a step's date or body must satisfy (a
   * time limit, the appointed mediator's name) is checked when it is recorded.
   */
  static <S, T extends Enum<T> & CaseStep<S>> List<String> allowedIn(Class<T> steps, S standing) {
    return Arrays.stream(steps.getEnumConstants())
        .filter(step -> allows(step, standing))
        .map(CaseStep::segment)
        .toList();
  }

  /**
   * The steps' path segments by the event each records, one entry per step: how the timeline names
   * the step an event recorded ({@link CaseHistory#timeline}).
   */
  @SafeVarargs
  static Map<Class<? extends StepEvent>, String> byEvent(
      Map.Entry<Class<? extends StepEvent>, ? extends CaseStep<?>>... entries) {
    return Arrays.stream(entries)
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().segment()));
  }

  private static <S> boolean allows(CaseStep<S> step, S standing) {
    try {
      step.requireAllowedIn(standing);
      return true;
    } catch (RuleViolation refused) {
      return false;
    }
  }
}
