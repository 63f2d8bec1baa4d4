package org.disputeregistry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void aPoolThatCannotConnectIsTheDatabaseBeingUnavailable() {
    Exception wrapped =
        new IllegalStateException(
            "Command execution failed",
            new SQLTransientConnectionException("Connection is not available"));

    assertThat(DatabaseUnavailable.causedBy(wrapped)).isTrue();
  }

  @Test
  void aServerShuttingDownOrNotReachableIsTheDatabaseBeingUnavailable() {
    assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating", "57P01"))).isTrue();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("starting up", "57P03"))).isTrue();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("refused", "08001"))).isTrue();
  }

  @Test
  void aBatchAbortedByALostConnectionIsTheDatabaseBeingUnavailable() {
    SQLException batch =
        new java.sql.BatchUpdateException("Batch entry 0 was aborted", null, 0, null);
    batch.setNextException(new SQLException("An I/O error occurred", "08006"));

    assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("append", batch))).isTrue();
  }

  @Test
  void anyOtherFailureIsOurs() {
    assertThat(DatabaseUnavailable.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("no state"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
  }
}
