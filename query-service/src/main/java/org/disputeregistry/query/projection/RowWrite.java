package org.disputeregistry.query.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One case's row of one table as a batch leaves it: the columns that an insert gives it or that
 * updates set, by name. The steps of a case that follow in the same flush fold into it, so each row
 * is written once per flush however many events changed it.
 */
final class RowWrite {

  private static final int CACHED_SHAPES = 10_000;

  /** Statement texts by table, insert or update, and the columns set (and how). */
  private static final Map<List<Object>, String> TEXTS = new ConcurrentHashMap<>();

  /** In a write's shape, a column that PostgreSQL works out from the stored row. */
  private record Computed(String column, String dueColumn, boolean withoutDue) {}

  private final String table;
  private final boolean insert;
  private final Object caseId;
  private final Map<String, Object> columns = new LinkedHashMap<>();
  private final Supplier<String> noRow;

  /**
   * The columns' names in order, followed as they come ({@link ColumnShape}); null past the cache's
   * bound.
   */
  private ColumnShape shape;

  /** Whether a value the stored row decides ({@link OnTime}) was ever set: then the slow shape. */
  private boolean computed;

  private RowWrite(String table, boolean insert, Object caseId, Supplier<String> noRow) {
    this.table = table;
    this.insert = insert;
    this.caseId = caseId;
    this.noRow = noRow;
    this.shape = ColumnShape.of(table, insert);
  }

  static RowWrite insert(String table, Object caseId, Map<String, Object> columns) {
    RowWrite row = new RowWrite(table, true, caseId, null);
    row.put("case_id", caseId);
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
    if (!anyOnTime(later)) {
      later.forEach(this::put);
      return;
    }
    Map<String, Object> resolved = new LinkedHashMap<>(later);
    resolved.replaceAll(
        (column, value) -> value instanceof OnTime t ? t.against(columns, insert) : value);
    resolved.forEach(this::put);
  }

  private void put(String column, Object value) {
    if (value instanceof OnTime) {
      computed = true;
    }
    // A column set again keeps its place (a LinkedHashMap's order), so only a new one moves on.
    int before = columns.size();
    columns.put(column, value);
    if (columns.size() > before && shape != null) {
      shape = shape.then(column);
    }
  }

  private static boolean anyOnTime(Map<String, Object> columns) {
    for (Object value : columns.values()) {
      if (value instanceof OnTime) {
        return true;
      }
    }
    return false;
  }

  /**
   * The statement's text, made once per shape of write: a batch writes thousands of rows of a few
   * shapes. The shapes are finite (the read models' constant column names and the combinations of
   * their steps); the cache stops growing at {@link #CACHED_SHAPES} all the same. A write without
   * {@link OnTime} has followed its shape as its columns came ({@link ColumnShape}); one with looks
   * its shape up here.
   */
  String sql() {
    if (shape != null && !computed) {
      return shape.text(this::text);
    }
    List<Object> key = new ArrayList<>(columns.size() + 2);
    key.add(table);
    key.add(insert);
    columns.forEach(
        (column, value) ->
            key.add(
                value instanceof OnTime t
                    ? new Computed(column, t.dueColumn(), t.withoutDue())
                    : column));
    String sql = TEXTS.get(key);
    if (sql == null) {
      sql = text();
      if (TEXTS.size() < CACHED_SHAPES) {
        TEXTS.put(key, sql);
      }
    }
    return sql;
  }

  /** Column and table names are constants of the read models, never input. */
  private String text() {
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

  /**
   * The columns as the write leaves them (an {@link OnTime} for a value the stored row decides).
   */
  Map<String, Object> columns() {
    return Collections.unmodifiableMap(columns);
  }

  /** The columns' names, in the order of {@link #values}. */
  Collection<String> columnNames() {
    return columns.keySet();
  }

  /** The columns' values as the write leaves them, for this package's readers only. */
  Collection<Object> values() {
    return columns.values();
  }

  String table() {
    return table;
  }

  boolean isInsert() {
    return insert;
  }

  /** Why an update that changed no row breaks a rule; null for an insert. */
  Supplier<String> noRow() {
    return noRow;
  }
}
