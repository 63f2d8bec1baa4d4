package org.disputeregistry.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

class TransactionConfigurationTest {

  @Test
  void aCommitLostWithTheDatabaseFailsWithTheCommitsOwnSqlState() {
    PlatformTransactionManager transactions =
        new TransactionConfiguration().transactionManager(databaseLostAtCommit());

    assertThat(rootCause(transactions)).isInstanceOf(SQLException.class);
    assertThat(((SQLException) rootCause(transactions)).getSQLState()).isEqualTo("08006");
  }

  @Test
  void bootsDefaultWouldAnswerWithTheRollbacksFailureInstead() {
    PlatformTransactionManager transactions = new JdbcTransactionManager(databaseLostAtCommit());

    assertThat(((SQLException) rootCause(transactions)).getSQLState()).isNull();
  }

  private static Throwable rootCause(PlatformTransactionManager transactions) {
    TransactionStatus status = transactions.getTransaction(new DefaultTransactionDefinition());
    return NestedExceptionUtils.getRootCause(catchThrowable(() -> transactions.commit(status)));
  }

  /** A connection whose commit finds the server gone; the pool has closed it by the rollback. */
  private static DataSource databaseLostAtCommit() {
    Connection connection =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "commit" -> throw new SQLException("An I/O error occurred", "08006");
                      case "rollback" -> throw new SQLException("Connection is closed");
                      case "getAutoCommit" -> true;
                      case "isReadOnly" -> false;
                      case "hashCode" -> System.identityHashCode(proxy);
                      case "equals" -> proxy == args[0];
                      default -> null;
                    });
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getConnection" -> connection;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> null;
                });
  }
}
