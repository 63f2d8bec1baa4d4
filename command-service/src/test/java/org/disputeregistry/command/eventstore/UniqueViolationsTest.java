package org.disputeregistry.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UniqueViolationsTest {

  private final UniqueViolations resolver = new UniqueViolations();

  @Test
  void aUniqueViolationInsideABatchFailureIsADuplicateKey() {
    BatchUpdateException batch = new BatchUpdateException("batch aborted", "23505", new int[0]);
    batch.setNextException(new SQLException("duplicate key value", "23505"));

    assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("append", batch)))
        .isTrue();
  }

  @Test
  void aUniqueViolationChainedBehindTheBatchIsADuplicateKey() {
    BatchUpdateException batch = new BatchUpdateException("batch aborted", null, new int[0]);
    batch.setNextException(new SQLException("duplicate key value", "23505"));

    assertThat(resolver.isDuplicateKeyViolation(batch)).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(resolver.isDuplicateKeyViolation(new SQLException("no connection", "08006")))
        .isFalse();
    assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL at all")))
        .isFalse();
  }
}
