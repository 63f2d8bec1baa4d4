package org.disputeregistry.query.projection;

import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;

/**
 * A read-model table with one row per case, opened by the case's first event; every later step
 * updates that row. A step of a case the table does not have breaks a rule of the read model.
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
    writes.add(caseId, "DELETE FROM " + table + " WHERE case_id = ?", caseId.value());
  }

  /**
   * Sets {@code assignments} ({@code "a = ?, b = ?"}) on the event's case. If the table has no row
   * for the case, the flush of the writes throws a {@link ProjectionRuleException}.
   */
  public void update(CaseEvent event, String assignments, Object... values) {
    Object[] arguments = new Object[values.length + 1];
    System.arraycopy(values, 0, arguments, 0, values.length);
    arguments[values.length] = event.caseId().value();
    writes.updateOne(
        event.caseId(),
        "UPDATE " + table + " SET " + assignments + " WHERE case_id = ?",
        () ->
            "No row in "
                + table
                + " for case "
                + event.caseId()
                + " ("
                + event.getClass().getSimpleName()
                + ")",
        arguments);
  }
}
