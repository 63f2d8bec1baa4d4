package org.disputeregistry.query.statistics;

import java.time.Duration;

/**
 * A statistics query that ran past {@code registry.statistics.statement-timeout} and was cancelled
 * by the database. Its message says only the limit: never the query or its parameters.
 */
public class QueryTimeoutException extends RuntimeException {

  private final Duration limit;

  QueryTimeoutException(Duration limit) {
    super("The query did not finish within " + limit.toMillis() + " ms and was cancelled");
    this.limit = limit;
  }

  public Duration limit() {
    return limit;
  }
}
