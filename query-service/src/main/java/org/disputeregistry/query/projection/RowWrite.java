package org.disputeregistry.query.projection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One case's row of one table as a batch leaves it: the columns that an insert gives it or that
 * updates set, by name. The steps of a case that follow in the same flush fold into it, so each row
 * is written once per flush however many events changed it.
 */
final class RowWrite {

  private final String table;
  private final boolean insert;
  private final Object caseId;
  private final Map<String, Object> columns = new LinkedHashMap<>();
  private final Supplier<String> noRow;

  private RowWrite(String table, boolean insert, Object caseId, Supplier<String> noRow) {
    this.table = table;
    this.insert = insert;
    this.caseId = caseId;
    this.noRow = noRow;
  }

  static RowWrite insert(String table, Object caseId, Map<String, Object> columns) {
    RowWrite row = new RowWrite(table, true, caseId, null);
    row.columns.put("case_id", caseId);
    row.fold(columns);
    return row;
  }

  static RowWrite update(
      String table, Object caseId, Map<String, Object> columns, Supplier<String> noRow) {
    RowWrite row = new RowWrite(table, false, caseId, noRow);
    row.fold(columns);
    return row;
  }

  /**
   * A later step of the same row: what it sets wins. Its {@link OnTime} values are worked out
   * against the row as the steps before it left it, as an UPDATE's expressions read the row as it
   * was before the UPDATE.
   */
  void fold(Map<String, Object> later) {
    Map<String, Object> resolved = new LinkedHashMap<>(later);
    resolved.replaceAll(
        (column, value) -> value instanceof OnTime t ? t.against(columns, insert) : value);
    columns.putAll(resolved);
  }

  /** Column and table names are constants of the read models, never input. */
  String sql() {
    if (insert) {
      return "INSERT INTO "
          + table
          + " ("
          + String.join(", ", columns.keySet())
          + ") VALUES ("
          + String.join(", ", columns.keySet().stream().map(c -> "?").toList())
          + ")";
    }
    return "UPDATE "
        + table
        + " SET "
        + String.join(
            ", ",
            columns.entrySet().stream()
                .map(c -> c.getKey() + " = " + (c.getValue() instanceof OnTime t ? t.sql() : "?"))
                .toList())
        + " WHERE case_id = ?";
  }

  Object[] arguments() {
    if (insert) {
      return columns.values().toArray();
    }
    Object[] arguments = new Object[columns.size() + 1];
    int i = 0;
    for (Object value : columns.values()) {
      arguments[i++] = value instanceof OnTime t ? t.day() : value;
    }
    arguments[i] = caseId;
    return arguments;
  }

  /** Why an update that changed no row breaks a rule; null for an insert. */
  Supplier<String> noRow() {
    return noRow;
  }
}
