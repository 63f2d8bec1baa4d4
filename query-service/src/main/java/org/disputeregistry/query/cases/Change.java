package org.disputeregistry.query.cases;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one step changes in its case's summary besides the version and the last business date: the
 * state it moves the case to (null: it stays) and other columns. Column names are constants of this
 * package, never input.
 */
final class Change {

  /** A step that moves nothing: a hearing, a session, a rating, a court's ruling. */
  static final Change NONE = new Change(null);

  private final String state;
  private final Map<String, Object> columns = new LinkedHashMap<>();

  private Change(String state) {
    this.state = state;
  }

  /** A step that moves the case to {@code state} (the command side's name of it). */
  static Change to(Enum<?> state) {
    return new Change(state.name());
  }

  /** A step that leaves the case in its state. */
  static Change staying() {
    return new Change(null);
  }

  Change set(String column, Object value) {
    columns.put(column, value instanceof Enum<?> e ? e.name() : value);
    return this;
  }

  /** Sets the column if the step names a value, else keeps what it holds. */
  Change setIfGiven(String column, Object value) {
    return value == null ? this : set(column, value);
  }

  /** Ends the case on {@code day} with {@code outcome}; no time limit runs any more. */
  Change closing(LocalDate day, Enum<?> outcome) {
    return set("closed_on", day).set("outcome", outcome).set("next_due_on", null);
  }

  /** The columns the step sets and their values, state first; the given map gets them. */
  void addTo(Map<String, Object> row) {
    if (state != null) {
      row.put("state", state);
    }
    row.putAll(columns);
  }
}
