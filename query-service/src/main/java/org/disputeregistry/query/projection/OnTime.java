package org.disputeregistry.query.projection;

import java.time.LocalDate;
import java.util.Map;

/**
 * A column's value that says whether a step's day fell on or before a due date of the same row as
 * the case's earlier steps left it: {@code day <= due}, null if either is null, or true when the
 * row has no due date and {@code withoutDue} says so. Folded into a write of the row ({@link
 * RowWrite}) it is worked out in Java when an earlier step of the write gave the due date, and left
 * to PostgreSQL, which reads the row as it stood before the write, when none did.
 *
 * @param dueColumn a column name of the read model, never input: safe to put in SQL
 */
public record OnTime(LocalDate day, String dueColumn, boolean withoutDue) {

  /** On time if {@code day} is on or before the row's {@code dueColumn}; unknown without one. */
  public static OnTime by(LocalDate day, String dueColumn) {
    return new OnTime(day, dueColumn, false);
  }

  /** On time if {@code day} is on or before the row's {@code dueColumn}, or if it has none. */
  public static OnTime byAnyDue(LocalDate day, String dueColumn) {
    return new OnTime(day, dueColumn, true);
  }

  /**
   * The value, if {@code columns} (a write's columns so far) hold the due date; {@code this} if the
   * row's stored due date decides. An insert gives every column the row has: one it leaves out is
   * null.
   */
  Object against(Map<String, Object> columns, boolean insert) {
    if (!insert && !columns.containsKey(dueColumn)) {
      return this;
    }
    LocalDate due = (LocalDate) columns.get(dueColumn);
    if (due == null) {
      return withoutDue ? Boolean.TRUE : null;
    }
    return day == null ? null : !day.isAfter(due);
  }

  /** The SQL that works it out from the stored row, with {@link #day} as its one parameter. */
  String sql() {
    return withoutDue
        ? "(" + dueColumn + " IS NULL OR ? <= " + dueColumn + ")"
        : "(? <= " + dueColumn + ")";
  }
}
