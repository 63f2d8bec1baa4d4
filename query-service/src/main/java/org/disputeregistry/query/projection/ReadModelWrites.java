package org.disputeregistry.query.projection;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.disputeregistry.events.CaseId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.stereotype.Component;

/**
 * The read models' statements, queued while the {@link Projector} applies events and sent when it
 * flushes, as one JDBC batch per statement text: a round trip per kind of step instead of one per
 * event. The n-th statement of every case goes into the n-th wave and the waves run in order, so
 * each case's statements run in the order they were queued; statements of different cases write
 * different rows, so their order within a wave does not matter. Queued statements belong to the
 * calling thread (the projector's) until flushed or discarded.
 *
 * <p>A table written by rows ({@link #insertRow}, {@link #updateRow}, {@link #deleteRows}) gets one
 * statement per case and flush: the updates of a case's row fold into the insert or update queued
 * before them ({@link RowWrite}), so a batch of twenty steps of a case writes its row once. No
 * other statement may write such a table, but a delete of the case's rows, after which updates
 * start a new write.
 */
@Component
public class ReadModelWrites {

  private final JdbcTemplate jdbc;
  private final ThreadLocal<Queue> queued = ThreadLocal.withInitial(Queue::new);

  ReadModelWrites(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Queues a statement that writes only rows of the given case (its insert, say).
   *
   * @param sql a constant of the read model, never user input
   */
  public void add(CaseId caseId, String sql, Object... arguments) {
    queued.get().add(caseId, new Statement(sql, arguments, null));
  }

  /**
   * Queues a statement that must change exactly one row of the given case; when it does not, the
   * flush throws a {@link ProjectionRuleException} with the given reason.
   */
  public void updateOne(CaseId caseId, String sql, Supplier<String> noRow, Object... arguments) {
    queued.get().add(caseId, new Statement(sql, arguments, noRow));
  }

  /** Queues the insert of the case's row of {@code table} with the given columns. */
  public void insertRow(CaseId caseId, String table, Map<String, Object> columns) {
    queued.get().add(caseId, table, RowWrite.insert(table, caseId.value(), columns));
  }

  /**
   * Sets the given columns of the case's row of {@code table}, folded into the write of that row
   * already queued if any; when no row is found, the flush throws a {@link ProjectionRuleException}
   * with the given reason.
   */
  public void updateRow(
      CaseId caseId, String table, Map<String, Object> columns, Supplier<String> noRow) {
    Queue queue = queued.get();
    RowWrite open = queue.open(caseId, table);
    if (open != null) {
      open.fold(columns);
    } else {
      queue.add(caseId, table, RowWrite.update(table, caseId.value(), columns, noRow));
    }
  }

  /** Deletes the case's rows of {@code table} (none is fine); later updates start anew. */
  public void deleteRows(CaseId caseId, String table) {
    queued.get().closeRow(caseId, table);
    add(caseId, "DELETE FROM " + table + " WHERE case_id = ?", caseId.value());
  }

  /**
   * Runs what is queued, in the caller's transaction, and empties the queue.
   *
   * @throws ProjectionRuleException if an update changed no row
   */
  void flush() {
    Queue queue = queued.get();
    try {
      for (Map<String, List<Statement>> wave : queue.waves()) {
        for (Map.Entry<String, List<Statement>> batch : wave.entrySet()) {
          run(batch.getKey(), batch.getValue());
        }
      }
    } finally {
      queue.clear();
    }
  }

  /** Forgets what is queued: the transaction that it was meant for rolled back. */
  void discard() {
    queued.get().clear();
  }

  private void run(String sql, List<Statement> statements) {
    int[][] counts = jdbc.batchUpdate(sql, statements, statements.size(), ARGUMENTS);
    int i = 0;
    for (int[] chunk : counts) {
      for (int count : chunk) {
        Statement statement = statements.get(i++);
        if (statement.noRow != null && count != 1) {
          throw new ProjectionRuleException(statement.noRow.get());
        }
      }
    }
  }

  /**
   * Values as {@code JdbcTemplate.update} sets them, except null: an untyped null lets the server
   * take the column's type, where Spring would ask the driver for it (a round trip per null).
   */
  private static final ParameterizedPreparedStatementSetter<Statement> ARGUMENTS =
      (PreparedStatement ps, Statement statement) -> {
        for (int i = 0; i < statement.arguments.length; i++) {
          Object value = statement.arguments[i];
          if (value == null) {
            ps.setNull(i + 1, Types.NULL);
          } else {
            StatementCreatorUtils.setParameterValue(ps, i + 1, SqlTypeValue.TYPE_UNKNOWN, value);
          }
        }
      };

  private record Statement(String sql, Object[] arguments, Supplier<String> noRow) {}

  /** Each case's statements in order, and the rows still open to folding. */
  private static final class Queue {

    private final Map<CaseId, List<Object>> perCase = new LinkedHashMap<>();
    private final Map<CaseId, Map<String, RowWrite>> openRows = new HashMap<>();

    void add(CaseId caseId, Statement statement) {
      perCase.computeIfAbsent(caseId, c -> new ArrayList<>()).add(statement);
    }

    void add(CaseId caseId, String table, RowWrite row) {
      perCase.computeIfAbsent(caseId, c -> new ArrayList<>()).add(row);
      openRows.computeIfAbsent(caseId, c -> new HashMap<>()).put(table, row);
    }

    RowWrite open(CaseId caseId, String table) {
      Map<String, RowWrite> rows = openRows.get(caseId);
      return rows == null ? null : rows.get(table);
    }

    void closeRow(CaseId caseId, String table) {
      Map<String, RowWrite> rows = openRows.get(caseId);
      if (rows != null) {
        rows.remove(table);
      }
    }

    /**
     * The n-th statement of every case in the n-th wave, each wave grouped by statement text in the
     * order the texts first came.
     */
    List<Map<String, List<Statement>>> waves() {
      List<Map<String, List<Statement>>> waves = new ArrayList<>();
      for (List<Object> statements : perCase.values()) {
        for (int n = 0; n < statements.size(); n++) {
          if (n == waves.size()) {
            waves.add(new LinkedHashMap<>());
          }
          Statement statement = statementOf(statements.get(n));
          waves.get(n).computeIfAbsent(statement.sql, sql -> new ArrayList<>()).add(statement);
        }
      }
      return waves;
    }

    private static Statement statementOf(Object queued) {
      if (queued instanceof RowWrite row) {
        return new Statement(row.sql(), row.arguments(), row.noRow());
      }
      return (Statement) queued;
    }

    void clear() {
      perCase.clear();
      openRows.clear();
    }
  }
}
