package org.disputeregistry.command.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.events.CaseEvent;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;

/**
 * The property that a case's view offers exactly the steps its aggregate accepts: cases are walked
 * at random (seeded, so a failure repeats) through steps their view offers, and at every point of
 * every walk each step of the type is tried on the aggregate: a step offered is recorded, a step
 * not offered is refused with ILLEGAL_TRANSITION (or, for a second extension,
 * EXTENSION_ALREADY_USED) and nothing is recorded.
 */
public final class NextStepsProperty {

  /** What the property needs to know of a case type. */
  public interface CaseModel {

    /** The event that opens a case. */
    CaseEvent opened();

    /** Every step of the type, by its path segment. */
    List<String> steps();

    /** The steps offered by the case's view after these events. */
    List<String> nextSteps(List<CaseEvent> history);

    /** The case's state after these events, as its view says. */
    String state(List<CaseEvent> history);

    /** A valid command of the step, dated on or after {@code on}, for a case with this history. */
    Object command(String step, List<CaseEvent> history, LocalDate on, Random random);
  }

  private NextStepsProperty() {}

  /**
   * Walks {@code walks} cases up to {@code length} steps each.
   *
   * @return the states the walks passed through
   */
  public static Set<String> check(
      AggregateTestFixture<?> fixture, CaseModel model, long seed, int walks, int length) {
    Random random = new Random(seed);
    Set<String> states = new TreeSet<>();
    for (int walk = 0; walk < walks; walk++) {
      List<CaseEvent> history = new ArrayList<>(List.of(model.opened()));
      for (int taken = 0; taken <= length; taken++) {
        states.add(model.state(history));
        List<String> offered = model.nextSteps(history);
        LocalDate on = history.get(history.size() - 1).businessDate().plusDays(1);
        List<CaseEvent> next = null;
        String chosen = offered.isEmpty() ? null : offered.get(random.nextInt(offered.size()));
        for (String step : model.steps()) {
          Object command = model.command(step, history, on, random);
          String where = "after " + types(history) + ": " + step;
          if (offered.contains(step)) {
            List<CaseEvent> recorded = recorded(fixture, history, command, where);
            if (step.equals(chosen)) {
              next = recorded;
            }
          } else {
            refused(fixture, history, command, where);
          }
        }
        if (next == null) {
          break;
        }
        history.addAll(next);
      }
    }
    return states;
  }

  private static List<CaseEvent> recorded(
      AggregateTestFixture<?> fixture, List<CaseEvent> history, Object command, String where) {
    List<CaseEvent> recorded = new ArrayList<>();
    try {
      fixture
          .given(List.copyOf(history))
          .when(command)
          .expectSuccessfulHandlerExecution()
          .expectEventsMatching(capturing(recorded));
    } catch (AssertionError e) {
      throw new AssertionError("Offered but not accepted " + where + ": " + e.getMessage(), e);
    }
    assertThat(recorded).as("offered and recorded " + where).hasSize(1);
    return recorded;
  }

  private static void refused(
      AggregateTestFixture<?> fixture, List<CaseEvent> history, Object command, String where) {
    try {
      fixture
          .given(List.copyOf(history))
          .when(command)
          .expectException(refusedAsNotAllowed())
          .expectNoEvents();
    } catch (AssertionError e) {
      throw new AssertionError("Not offered but not refused " + where + ": " + e.getMessage(), e);
    }
  }

  private static Matcher<Throwable> refusedAsNotAllowed() {
    return new BaseMatcher<>() {
      @Override
      public boolean matches(Object actual) {
        return actual instanceof RuleViolation violation
            && (violation.code() == ErrorCode.ILLEGAL_TRANSITION
                || violation.code() == ErrorCode.EXTENSION_ALREADY_USED);
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("ILLEGAL_TRANSITION (or EXTENSION_ALREADY_USED)");
      }
    };
  }

  /** Matches any events, keeping their payloads. */
  private static Matcher<List<? super EventMessage<?>>> capturing(List<CaseEvent> into) {
    return new BaseMatcher<>() {
      @Override
      public boolean matches(Object actual) {
        for (Object message : (List<?>) actual) {
          into.add((CaseEvent) ((EventMessage<?>) message).getPayload());
        }
        return true;
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("any events");
      }
    };
  }

  private static List<String> types(List<CaseEvent> history) {
    return history.stream()
        .map(event -> event.getClass().getSimpleName().replaceAll("Event$", ""))
        .toList();
  }
}
