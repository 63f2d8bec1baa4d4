package org.disputeregistry.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Changes the counters now and then while the year totals are asked for, as a projection that
 * receives events does: one counter's row is written again unchanged, a transaction that changes
 * {@code statistic_count} for every cache of answers read from it, so the latencies include the
 * reads after each change. The figures stay the same.
 */
final class CounterChurn implements AutoCloseable {

  private static final String TOUCH =
      "UPDATE statistic_count SET cases = cases"
          + " WHERE ctid = (SELECT ctid FROM statistic_count LIMIT 1)";

  private final Connection connection;
  private final Statement statement;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final AtomicLong changes = new AtomicLong();

  private CounterChurn(Connection connection) throws SQLException {
    this.connection = connection;
    this.statement = connection.createStatement();
  }

  /** Changes the counters every {@code period} until closed. */
  static CounterChurn start(Servers servers, String database, Duration period) throws SQLException {
    CounterChurn churn = new CounterChurn(servers.connect(database));
    churn.timer.scheduleAtFixedRate(
        churn::touch, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    return churn;
  }

  private void touch() {
    try {
      statement.executeUpdate(TOUCH);
      changes.incrementAndGet();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long changes() {
    return changes.get();
  }

  @Override
  public void close() throws Exception {
    timer.shutdown();
    timer.awaitTermination(10, TimeUnit.SECONDS);
    statement.close();
    connection.close();
  }
}
