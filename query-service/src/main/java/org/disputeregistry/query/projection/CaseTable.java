package org.disputeregistry.query.projection;

import java.util.LinkedHashMap;
import java.util.Map;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;

/**
 * A read-model table with one row per case, opened by the case's first event; every later step
 * updates that row. A step of a case the table does not have breaks a rule of the read model. A
 * batch's steps of a case ({@link #insert}, {@link #set}) fold into one write of its row; a column
 * that compares a day with a due date of the row is an {@link OnTime}.
 */
public final class CaseTable {

  private final ReadModelWrites writes;
  private final String table;

  /**
   * @param table a table name of the project's own schema, never user input: safe to put in SQL
   */
  public CaseTable(ReadModelWrites writes, String table) {
    this.writes = writes;
    this.table = table;
  }

  /** Deletes the case's row (none is fine). */
  public void delete(CaseId caseId) {
    writes.deleteRows(caseId, table);
  }

  /** Opens the case's row with the given columns (its id aside). */
  public void insert(CaseId caseId, Map<String, Object> columns) {
    writes.insertRow(caseId, table, columns);
  }

  /**
   * Sets the given columns of the event's case, folded with the case's other steps of the batch
   * into one write of its row ({@link ReadModelWrites#updateRow}). If the table has no row for the
   * case, the flush of the writes throws a {@link ProjectionRuleException}.
   */
  public void set(CaseEvent event, Map<String, Object> columns) {
    writes.updateRow(event.caseId(), table, columns, () -> noRow(event));
  }

  /** {@link #set(CaseEvent, Map)} with the columns given as name, value, name, value... */
  public void set(CaseEvent event, Object... namesAndValues) {
    Map<String, Object> columns = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    set(event, columns);
  }

  private String noRow(CaseEvent event) {
    return "No row in "
        + table
        + " for case "
        + event.caseId()
        + " ("
        + event.getClass().getSimpleName()
        + ")";
  }
}
