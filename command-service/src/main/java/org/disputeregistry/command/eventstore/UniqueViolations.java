package org.disputeregistry.command.eventstore;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon which append failures are a duplicate key: another writer appended the same case's
 * next event first (or created the case), which the API answers 409 and the back-fill retries
 * through the command bus. Axon's JDBC default only recognises {@code
 * SQLIntegrityConstraintViolationException}, which PostgreSQL's driver never throws: a lost race
 * between two instances was an "event store error" (500). PostgreSQL reports a unique violation as
 * SQLSTATE 23505, also inside a batch's chained exceptions.
 */
final class UniqueViolations implements PersistenceExceptionResolver {

  private static final String UNIQUE_VIOLATION = "23505";

  @Override
  public boolean isDuplicateKeyViolation(Exception exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUniqueViolation(SQLException exception) {
    for (SQLException next = exception; next != null; next = next.getNextException()) {
      if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
