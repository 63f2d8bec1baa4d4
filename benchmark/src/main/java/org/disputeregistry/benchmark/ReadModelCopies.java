package org.disputeregistry.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a projected read model stand for many more events by copying its case rows in SQL: driving
 * 10 million events through the pipeline would take hours on the benchmark machine. A copy keeps
 * every column but the case id (derived from the original's and the copy number, so a case's rows
 * stay together across tables); case progress, which no statistic reads, is left as it is.
 */
final class ReadModelCopies {

  private static final Logger log = LoggerFactory.getLogger(ReadModelCopies.class);

  private final Servers servers;
  private final String database;

  ReadModelCopies(Servers servers, String database) {
    this.servers = servers;
    this.database = database;
  }

  /**
   * Copies every case row until the cases stand for at least {@code target} events; returns how
   * many.
   */
  long amplify(long target) throws SQLException {
    long events =
        servers.queryLong(
            database, "SELECT coalesce(sum(last_sequence + 1), 0) FROM case_progress");
    long copies = Math.max(0, (target + events - 1) / events - 1);
    log.info("Year totals: {} projected events, {} copies of every case row", events, copies);
    List<String> tables = caseTables();
    long started = System.nanoTime();
    for (String table : tables) {
      String columns = String.join(", ", columns(table));
      String copied = columns.replace("case_id", "md5(t.case_id::text || ':' || g)::uuid");
      // Vacuumed right away, as after any bulk load: autovacuum would otherwise take the 10M
      // copies on during the measured runs (their p99 was 36-38 ms in the first two runs, 6 ms in
      // the third).
      servers.execute(
          database,
          "INSERT INTO %s (%s) SELECT %s FROM %s t, generate_series(1, %d) g"
              .formatted(table, columns, copied, table, copies),
          "VACUUM ANALYZE " + table);
    }
    // Copies count exactly like their originals: the counters multiply with them.
    if (servers.queryLong(
            database, "SELECT count(*) FROM pg_tables WHERE tablename = 'statistic_count'")
        > 0) {
      servers.execute(
          database,
          "UPDATE statistic_count SET cases = cases * %d, amount = amount * %d"
              .formatted(copies + 1, copies + 1),
          "VACUUM ANALYZE statistic_count");
    }
    // Written out now, as after any bulk load: the checkpoint that the copies' WAL would otherwise
    // bring about during the measured runs writes gigabytes back while they read.
    servers.execute(database, "CHECKPOINT");
    log.info(
        "  {} tables multiplied in {} s",
        tables,
        Row.number(Raw.seconds(System.nanoTime() - started)));
    return events * (copies + 1);
  }

  /** Every read-model table keyed by case id but case progress. */
  private List<String> caseTables() throws SQLException {
    return strings(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public'"
            + " AND column_name = 'case_id' AND table_name <> 'case_progress'"
            + " ORDER BY table_name");
  }

  /** The table's column names in order (only {@code case_id} contains "case_id"). */
  private List<String> columns(String table) throws SQLException {
    List<String> columns =
        strings(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
                + " AND table_name = '"
                + table
                + "' ORDER BY ordinal_position");
    if (columns.stream().filter(c -> c.contains("case_id")).count() != 1) {
      throw new IllegalStateException(table + " has more than one column named like case_id");
    }
    return columns;
  }

  private List<String> strings(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = servers.connect(database);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        values.add(result.getString(1));
      }
    }
    return values;
  }
}
