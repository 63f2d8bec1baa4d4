package org.disputeregistry.query.statistics;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bounds the time of the read side's queries that a caller shapes (statistics, breakdowns, totals,
 * case lists): each runs in a read-only transaction of its own with {@code SET LOCAL
 * statement_timeout}, so the projection's writes, on the same pool, never get the limit.
 */
@Component
public class QueryTime {

  /** PostgreSQL's {@code query_canceled}: what a statement past its timeout fails with. */
  private static final String QUERY_CANCELED = "57014";

  private final TransactionTemplate readOnly;
  private final JdbcTemplate jdbc;
  private final Duration limit;

  QueryTime(
      PlatformTransactionManager transactions,
      JdbcTemplate jdbc,
      @Value("${registry.statistics.statement-timeout:10s}") Duration limit) {
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.jdbc = jdbc;
    this.limit = limit;
  }

  /**
   * The query's answer, or {@link QueryTimeoutException} if a statement of it ran longer than the
   * limit.
   */
  public <T> T bounded(Supplier<T> query) {
    try {
      return readOnly.execute(
          status -> {
            jdbc.queryForObject(
                "SELECT set_config('statement_timeout', ?, true)",
                String.class,
                Math.max(1, limit.toMillis()) + "ms");
            return query.get();
          });
    } catch (DataAccessException e) {
      if (cancelled(e)) {
        throw new QueryTimeoutException(limit);
      }
      throw e;
    }
  }

  private static boolean cancelled(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
