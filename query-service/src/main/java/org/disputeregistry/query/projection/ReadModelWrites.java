package org.disputeregistry.query.projection;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.disputeregistry.events.CaseId;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Component;

/**
 * The read models' statements, queued while the {@link Projector} applies events and sent when it
 * flushes, as one JDBC batch per statement text (inserts of many rows of one shape as one COPY,
 * {@link InsertCopy}): a round trip per kind of step instead of one per event. The n-th statement
 * of a case on a table goes into the n-th wave and the waves run in order, so each case's
 * statements on each table run in the order they were queued; statements of different cases write
 * different rows, and statements on different tables neither read nor write each other's rows, so
 * their order within a wave does not matter. The cases' histories go before the waves, all in one
 * COPY ({@link #addHistory}). Queued statements belong to the calling thread (the projector's)
 * until flushed or discarded.
 *
 * <p>A table written by rows ({@link #insertRow}, {@link #updateRow}, {@link #deleteRows}) gets one
 * statement per case and flush: the updates of a case's row fold into the insert or update queued
 * before them ({@link RowWrite}), so a batch of twenty steps of a case writes its row once. No
 * other statement may write such a table, but a delete of the case's rows, after which updates
 * start a new write.
 *
 * <p>A table with several rows per case (one per named {@code row}) may fold its writes too, as
 * long as the flush knows every row the case has there ({@link #knownRows}): from the case's first
 * event ({@link #noRowsYet}) or the delete of its rows on. A case whose rows are not all known is
 * written by statements ({@link #add}).
 */
@Component
public class ReadModelWrites {

  private final JdbcTemplate jdbc;
  private final ThreadLocal<Queue> queued = ThreadLocal.withInitial(Queue::new);

  ReadModelWrites(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Queues a statement that reads and writes only rows of the given case in {@code table} (its
   * insert, say); it runs after the case's statements on that table queued before it.
   *
   * @param sql a constant of the read model, never user input
   */
  public void add(CaseId caseId, String table, String sql, Object... arguments) {
    queued.get().add(caseId, table, new Statement(sql, arguments, null, null));
  }

  /**
   * Queues a statement that must change exactly one row of the given case in {@code table}; when it
   * does not, the flush throws a {@link ProjectionRuleException} with the given reason.
   */
  public void updateOne(
      CaseId caseId, String table, String sql, Supplier<String> noRow, Object... arguments) {
    queued.get().add(caseId, table, new Statement(sql, arguments, noRow, null));
  }

  /**
   * Queues an event of a case's history ({@code case_event}), a row no other statement of the flush
   * reads or writes: the flush sends them all first, in one COPY ({@link HistoryCopy}).
   */
  public void addHistory(CaseId caseId, long sequence, byte[] published) {
    queued.get().history.add(caseId.value(), sequence, published);
  }

  /** Queues the insert of the case's row of {@code table} with the given columns. */
  public void insertRow(CaseId caseId, String table, Map<String, Object> columns) {
    insertRow(caseId, table, "", columns);
  }

  /**
   * Queues the insert of the case's row named {@code row} (of the case's several rows) of {@code
   * table}: a row that later steps can fold into ({@link #foldRow}) while the flush knows it.
   *
   * @return the row's columns as the flush will write them, as later folds change them
   */
  public Map<String, Object> insertRow(
      CaseId caseId, String table, String row, Map<String, Object> columns) {
    RowWrite write = RowWrite.insert(table, caseId.value(), columns);
    queued.get().addRow(caseId, new RowName(table, row), write);
    return write.columns();
  }

  /**
   * Sets the given columns of the case's row of {@code table}, folded into the write of that row
   * already queued if any; when no row is found, the flush throws a {@link ProjectionRuleException}
   * with the given reason.
   */
  public void updateRow(
      CaseId caseId, String table, Map<String, Object> columns, Supplier<String> noRow) {
    Queue queue = queued.get();
    RowName name = new RowName(table, "");
    RowWrite open = queue.open(caseId, name);
    if (open != null) {
      open.fold(columns);
    } else {
      queue.addRow(caseId, name, RowWrite.update(table, caseId.value(), columns, noRow));
    }
  }

  /**
   * Records that the case has no rows in {@code table} yet (its first event is being applied): from
   * here to the flush its rows there are {@link #knownRows known}.
   */
  public void noRowsYet(CaseId caseId, String table) {
    queued.get().known(caseId).add(table);
  }

  /**
   * The case's rows of {@code table} as the flush will leave them (columns by name), by row name,
   * if the flush knows every row the case has there; empty if not (then the stored rows decide, and
   * only statements may change them).
   */
  public Optional<Map<String, Map<String, Object>>> knownRows(CaseId caseId, String table) {
    Queue queue = queued.get();
    if (!queue.knownTables.getOrDefault(caseId, Set.of()).contains(table)) {
      return Optional.empty();
    }
    Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
    queue
        .openRows(caseId)
        .forEach(
            (name, write) -> {
              if (name.table().equals(table)) {
                rows.put(name.row(), write.columns());
              }
            });
    return Optional.of(rows);
  }

  /** Sets columns of a known row ({@link #knownRows}), folded into the write that inserts it. */
  public void foldRow(CaseId caseId, String table, String row, Map<String, Object> columns) {
    RowWrite open = queued.get().open(caseId, new RowName(table, row));
    if (open == null) {
      throw new IllegalStateException("No row " + row + " of " + table + " queued for " + caseId);
    }
    open.fold(columns);
  }

  /**
   * Deletes the case's rows of {@code table} (none is fine); later updates start anew, and its rows
   * there are known (none) until the flush.
   */
  public void deleteRows(CaseId caseId, String table) {
    Queue queue = queued.get();
    queue.closeRows(caseId, table);
    add(caseId, table, "DELETE FROM " + table + " WHERE case_id = ?", caseId.value());
    queue.known(caseId).add(table);
  }

  /**
   * Runs what is queued, in the caller's transaction, and empties the queue.
   *
   * @throws ProjectionRuleException if an update changed no row
   */
  void flush() {
    Queue queue = queued.get();
    try {
      if (!queue.history.isEmpty()) {
        jdbc.execute(
            (ConnectionCallback<Void>)
                connection -> {
                  queue.history.send(connection);
                  return null;
                });
      }
      for (Map<String, List<Statement>> wave : queue.waves()) {
        wave.forEach(this::run);
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
    if (statements.size() >= InsertCopy.AT_LEAST
        && statements.stream().allMatch(s -> s.inserted != null)) {
      RowWrite first = statements.get(0).inserted;
      List<Collection<Object>> rows = new ArrayList<>(statements.size());
      statements.forEach(s -> rows.add(s.inserted.values()));
      Optional<InsertCopy> copy = InsertCopy.of(first.table(), first.columnNames(), rows);
      if (copy.isPresent()) {
        jdbc.execute(
            (ConnectionCallback<Void>)
                connection -> {
                  copy.get().send(connection);
                  return null;
                });
        return;
      }
    }
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
   * Each value straight to the driver's {@code setObject}, which picks the setter of its type
   * (Spring's generic path cost a fifth of a flush in checks), and null untyped: the server then
   * takes the column's type, where Spring would ask the driver for it (a round trip per null).
   */
  private static final ParameterizedPreparedStatementSetter<Statement> ARGUMENTS =
      (PreparedStatement ps, Statement statement) -> {
        Object[] arguments =
            statement.inserted != null ? statement.inserted.arguments() : statement.arguments;
        for (int i = 0; i < arguments.length; i++) {
          if (arguments[i] == null) {
            ps.setNull(i + 1, Types.NULL);
          } else {
            ps.setObject(i + 1, arguments[i]);
          }
        }
      };

  /** A statement to run; {@code inserted} is the row it inserts, if it comes of a row write. */
  private record Statement(
      String sql, Object[] arguments, Supplier<String> noRow, RowWrite inserted) {}

  /** One of a case's rows of a table; {@code row} is empty for a table of one row per case. */
  private record RowName(String table, String row) {}

  /** What a flush sends, wave by wave, and the rows still open to folding. */
  private static final class Queue {

    /** Per wave, the queued statements and row writes. */
    private final List<List<Object>> waves = new ArrayList<>();

    /** Per case and table, how many statements are queued: the wave of the next one. */
    private final Map<CaseId, Map<String, Integer>> queuedPerTable = new HashMap<>();

    private final Map<CaseId, Map<RowName, RowWrite>> openRows = new HashMap<>();

    /** Per case, the tables of which the flush knows every row the case has. */
    private final Map<CaseId, Set<String>> knownTables = new HashMap<>();

    private final HistoryCopy history = new HistoryCopy();

    void add(CaseId caseId, String table, Object statement) {
      int wave =
          queuedPerTable.computeIfAbsent(caseId, c -> new HashMap<>()).merge(table, 1, Integer::sum)
              - 1;
      while (waves.size() <= wave) {
        waves.add(new ArrayList<>());
      }
      waves.get(wave).add(statement);
    }

    void addRow(CaseId caseId, RowName name, RowWrite row) {
      add(caseId, name.table(), row);
      openRows.computeIfAbsent(caseId, c -> new LinkedHashMap<>()).put(name, row);
    }

    RowWrite open(CaseId caseId, RowName name) {
      return openRows(caseId).get(name);
    }

    Map<RowName, RowWrite> openRows(CaseId caseId) {
      return openRows.getOrDefault(caseId, Map.of());
    }

    void closeRows(CaseId caseId, String table) {
      Map<RowName, RowWrite> rows = openRows.get(caseId);
      if (rows != null) {
        rows.keySet().removeIf(name -> name.table().equals(table));
      }
    }

    Set<String> known(CaseId caseId) {
      return knownTables.computeIfAbsent(caseId, c -> new HashSet<>());
    }

    /**
     * The waves in order, each grouped by statement text in the order the texts first came (a row
     * write's text is known only now: later steps may have folded columns into it).
     */
    List<Map<String, List<Statement>>> waves() {
      List<Map<String, List<Statement>>> result = new ArrayList<>();
      for (List<Object> wave : waves) {
        Map<String, List<Statement>> byText = new LinkedHashMap<>();
        for (Object queued : wave) {
          Statement statement = statementOf(queued);
          byText.computeIfAbsent(statement.sql, sql -> new ArrayList<>()).add(statement);
        }
        result.add(byText);
      }
      return result;
    }

    private static Statement statementOf(Object queued) {
      if (queued instanceof RowWrite row) {
        // An insert's arguments are made only if it is not copied ({@link #run}).
        return new Statement(
            row.sql(),
            row.isInsert() ? null : row.arguments(),
            row.noRow(),
            row.isInsert() ? row : null);
      }
      return (Statement) queued;
    }

    void clear() {
      waves.clear();
      queuedPerTable.clear();
      openRows.clear();
      knownTables.clear();
      history.clear();
    }
  }
}
