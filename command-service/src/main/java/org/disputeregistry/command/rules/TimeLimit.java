package org.disputeregistry.command.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.disputeregistry.statutory.calendar.NoCalendarData;
import org.disputeregistry.statutory.law.StatutoryPeriod;

/**
 * A statutory period running from a start date, on the statutory calendar: its period (working or
 * calendar days, as its law counts them), plus at most one extension within what the law allows,
 * plus the days it stood still while the case was suspended (suspension stops the clock); a period
 * of calendar days that ends on a rest day runs to the next working day. Immutable: cases keep the
 * current value and replace it in their event-sourcing handlers.
 */
public record TimeLimit(
    LocalDate start,
    StatutoryPeriod period,
    int extendedDays,
    int stoppedDays,
    LocalDate suspendedSince) {

  public static TimeLimit of(LocalDate start, StatutoryPeriod period) {
    return new TimeLimit(start, period, 0, 0, null);
  }

  /**
   * The last day of {@code period} started on {@code start}; refused ({@link
   * ErrorCode#NO_CALENDAR_FOR_YEAR}) when the calendar of a year it crosses is not known.
   */
  public static LocalDate dueOn(StatutoryPeriod period, LocalDate start) {
    return of(start, period).dueOn();
  }

  public LocalDate dueOn() {
    try {
      return period.dueOn(start, extendedDays + stoppedDays);
    } catch (NoCalendarData unknownYear) {
      throw new RuleViolation(
          ErrorCode.NO_CALENDAR_FOR_YEAR,
          null,
          "The due date of "
              + period
              + " from "
              + start
              + " cannot be computed. "
              + unknownYear.getMessage());
    }
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

  /**
   * Extended on this day, before its due date: a period that has run out is not revived (an
   * extension recorded on or after the due date would turn an overdue case into one on time).
   */
  public TimeLimit extendOn(LocalDate on, int extraDays) {
    LocalDate dueOn = dueOn();
    if (!on.isBefore(dueOn)) {
      throw new RuleViolation(
          ErrorCode.EXTENSION_AFTER_DUE_DATE,
          "extendedOn",
          "The time limit ran to "
              + dueOn
              + ": an extension is recorded before that day, not on "
              + on);
    }
    return extend(extraDays);
  }

  /**
   * Extended once, by 1 to the days its law allows; a second extension or a longer one is refused.
   */
  public TimeLimit extend(int extraDays) {
    requireExtensible();
    if (extraDays < 1 || extraDays > period.maxExtensionDays()) {
      throw new RuleViolation(
          ErrorCode.OUT_OF_RANGE,
          "days",
          "An extension of "
              + period
              + " is 1 to "
              + period.maxExtensionDays()
              + " days, not "
              + extraDays);
    }
    return new TimeLimit(start, period, extraDays, stoppedDays, suspendedSince);
  }

  /** The same start, another period (a procedure changed); extension and stops are kept. */
  public TimeLimit withPeriod(StatutoryPeriod newPeriod) {
    return new TimeLimit(start, newPeriod, extendedDays, stoppedDays, suspendedSince);
  }

  public TimeLimit suspend(LocalDate on) {
    return new TimeLimit(start, period, extendedDays, stoppedDays, on);
  }

  /** The days between suspension and resumption no longer count. */
  public TimeLimit resume(LocalDate on) {
    long stopped = ChronoUnit.DAYS.between(suspendedSince, on);
    return new TimeLimit(start, period, extendedDays, Math.toIntExact(stoppedDays + stopped), null);
  }
}
