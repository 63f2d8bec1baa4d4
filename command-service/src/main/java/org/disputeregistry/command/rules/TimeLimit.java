package org.disputeregistry.command.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A statutory period running from a start date: {@code days} long, plus at most one extension, plus
 * the days it stood still while the case was suspended (suspension stops the clock). Days are
 * calendar days counted from the day after the start, so the step is due on {@link #dueOn()}.
 * Immutable: cases keep the current value and replace it in their event-sourcing handlers.
 */
public record TimeLimit(
    LocalDate start, int days, int extendedDays, int stoppedDays, LocalDate suspendedSince) {

  /** At most one extension, of at most this many days (行政复议法, 信访工作条例). */
  public static final int MAX_EXTENSION_DAYS = 30;

  public static TimeLimit of(LocalDate start, int days) {
    return new TimeLimit(start, days, 0, 0, null);
  }

  public LocalDate dueOn() {
    return start.plusDays((long) days + extendedDays + stoppedDays);
  }

  public boolean extended() {
    return extendedDays > 0;
  }

  public boolean suspended() {
    return suspendedSince != null;
  }

  /** Refuses a second extension: a time limit is extended at most once. */
  public void requireExtensible() {
    if (extended()) {
      throw new RuleViolation(
          ErrorCode.EXTENSION_ALREADY_USED,
          null,
          "The time limit was already extended once (to " + dueOn() + ")");
    }
  }

  /** Extended once by 1 to 30 days; a second extension or a longer one is refused. */
  public TimeLimit extend(int extraDays) {
    requireExtensible();
    if (extraDays < 1 || extraDays > MAX_EXTENSION_DAYS) {
      throw new RuleViolation(
          ErrorCode.OUT_OF_RANGE,
          "days",
          "An extension is 1 to " + MAX_EXTENSION_DAYS + " days, not " + extraDays);
    }
    return new TimeLimit(start, days, extraDays, stoppedDays, suspendedSince);
  }

  /** The same start, another length (a procedure changed); extension and stops are kept. */
  public TimeLimit withDays(int newDays) {
    return new TimeLimit(start, newDays, extendedDays, stoppedDays, suspendedSince);
  }

  public TimeLimit suspend(LocalDate on) {
    return new TimeLimit(start, days, extendedDays, stoppedDays, on);
  }

  /** The days between suspension and resumption no longer count. */
  public TimeLimit resume(LocalDate on) {
    long stopped = ChronoUnit.DAYS.between(suspendedSince, on);
    return new TimeLimit(start, days, extendedDays, Math.toIntExact(stoppedDays + stopped), null);
  }
}
