package org.disputeregistry.query.counts;

import java.util.ArrayList;
import java.util.List;

/**
 * What one case contributes under one name: "this case counts once, on this day" (with an optional
 * detail and amount). The counters sum these contributions per day; the case-table path sums the
 * same contributions of the cases a filter selects. Every expression is SQL over the case table's
 * columns, written in the project's code (never from a request).
 *
 * @param name the stored measure name
 * @param day the business date the case counts on (null: the case does not count)
 * @param when an extra condition for the case to count, or null
 * @param knownOn the date of the step that makes it count, bounded by an as-of date, or null
 * @param detail what the contributions are told apart by (an ending, a currency, days), or ''
 * @param amount what is summed (persons, an amount of money), or 0
 * @param cumulative whether the days before a period are counted too (open cases, presence)
 */
public record Measure(
    String name,
    String day,
    String when,
    String knownOn,
    String detail,
    String amount,
    boolean cumulative) {

  /** Counts each case on the given day. */
  public static Measure on(String name, String day) {
    return new Measure(name, day, null, null, "''", "0", false);
  }

  /**
   * The SQL condition that a text column holds an enum's value: the enum names it, not a literal.
   */
  public static String is(String column, Enum<?> value) {
    return column + " = '" + value.name() + "'";
  }

  /** The days of the period, for {@link #counts}. */
  static final String IN_PERIOD = "%s BETWEEN :from AND :to";

  /** The same contribution under another name, to be narrowed further. */
  public Measure withName(String other) {
    return new Measure(other, day, when, knownOn, detail, amount, cumulative);
  }

  public Measure when(String condition) {
    return new Measure(name, day, condition, knownOn, detail, amount, cumulative);
  }

  /** Counts only once this step happened, and by an as-of date only if it happened by then. */
  public Measure knownOn(String step) {
    return new Measure(name, day, when, step, detail, amount, cumulative);
  }

  public Measure detail(String expression) {
    return new Measure(name, day, when, knownOn, expression, amount, cumulative);
  }

  public Measure amount(String expression) {
    return new Measure(name, day, when, knownOn, detail, expression, cumulative);
  }

  /** Also counted on the days before a period (open cases; a breakdown's rows). */
  public Measure cumulatively() {
    return new Measure(name, day, when, knownOn, detail, amount, true);
  }

  /** The contribution as a row of {@code VALUES (measure, detail, day, amount, known_on)}. */
  String row() {
    return "('%s', (%s)::text, %s, (%s)::numeric, %s::date)"
        .formatted(name, detail, countedDay(), amount, knownOn == null ? "NULL" : knownOn);
  }

  /**
   * The SQL condition over the case table that a case counts under this measure on a day that
   * {@code days} accepts ({@code "%s BETWEEN :from AND :to"}, the day put in for {@code %s}), with
   * the step that makes it count known by {@code :asOf}: the rows {@link CaseFigures#tally} sums,
   * case by case.
   */
  String counts(String days) {
    String day = "(" + countedDay() + ")";
    return "("
        + day
        + " IS NOT NULL AND ("
        + detail
        + ") IS NOT NULL"
        + (knownOn == null ? "" : " AND " + knownOn + " <= :asOf")
        + " AND "
        + days.formatted(day)
        + ")";
  }

  /** The day the case counts on, null if it does not count. */
  private String countedDay() {
    List<String> conditions = new ArrayList<>();
    if (knownOn != null) {
      conditions.add(knownOn + " IS NOT NULL");
    }
    if (when != null) {
      conditions.add("(" + when + ")");
    }
    return conditions.isEmpty()
        ? day
        : "CASE WHEN " + String.join(" AND ", conditions) + " THEN " + day + " END";
  }
}
