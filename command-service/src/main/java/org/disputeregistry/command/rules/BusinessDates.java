package org.disputeregistry.command.rules;

import java.time.Clock;
import java.time.LocalDate;

/** Plausibility of the dates on which steps happened. */
public final class BusinessDates {

  /** Older dates are typing errors: the registry's oldest statutes date from 1990. */
  public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  private BusinessDates() {}

  /** A date of a step that has happened: not in the future, not absurdly old. */
  public static void requirePlausible(String field, LocalDate date, Clock clock) {
    if (date.isBefore(EARLIEST)) {
      throw new RuleViolation(
          ErrorCode.DATE_TOO_EARLY, field, field + " " + date + " is before " + EARLIEST);
    }
    LocalDate today = LocalDate.now(clock);
    if (date.isAfter(today)) {
      throw new RuleViolation(
          ErrorCode.DATE_IN_FUTURE, field, field + " " + date + " is after today (" + today + ")");
    }
  }

  /**
   * A date of a step that follows others: plausible, and not before the latest step so far (the
   * same day is fine; several steps often happen on one day).
   */
  public static void requireFollowing(
      String field, LocalDate date, LocalDate latestStep, Clock clock) {
    requirePlausible(field, date, clock);
    if (date.isBefore(latestStep)) {
      throw new RuleViolation(
          ErrorCode.DATE_BEFORE_PREVIOUS_STEP,
          field,
          field + " " + date + " is before the case's previous step on " + latestStep);
    }
  }
}
