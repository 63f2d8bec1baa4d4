package org.disputeregistry.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database could not be reached (down, restarting, shutting down): the
 * request may be retried as it was, where any other unexpected failure is a fault of ours.
 */
final class DatabaseUnavailable {

  private DatabaseUnavailable() {}

  static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      // A batch's own exception may carry the connection failure only as its next exception.
      for (SQLException sql = t instanceof SQLException e ? e : null;
          sql != null;
          sql = sql.getNextException()) {
        if (isUnavailable(sql.getSQLState())) {
          return true;
        }
      }
    }
    return false;
  }

  /** SQLSTATE class 08 (connection exception) and 57P (the server is shutting down or starting). */
  private static boolean isUnavailable(String sqlState) {
    return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
  }
}
