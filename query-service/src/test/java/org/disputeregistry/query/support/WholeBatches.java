package org.disputeregistry.query.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.disputeregistry.events.CaseEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case histories as one batch of records, projected in transactions that roll back, and the rows a
 * transaction wrote to a table: for tests that a batch writes each row once and agrees with its
 * events projected one at a time.
 */
public final class WholeBatches {

  private WholeBatches() {}

  /** Every event of the histories, cases interleaved, on partition 0 of {@code topic}. */
  public static List<ConsumerRecord<String, byte[]>> records(
      String topic, List<List<CaseEvent>> histories, long seed) {
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    for (ProducerRecord<String, byte[]> record :
        CaseStreams.interleaved(topic, histories, new Random(seed))) {
      records.add(new ConsumerRecord<>(topic, 0, records.size(), record.key(), record.value()));
    }
    return records;
  }

  /** What {@code work} returns, its transaction rolled back: the shared database keeps nothing. */
  public static <T> T rolledBack(TransactionTemplate transactions, Supplier<T> work) {
    return transactions.execute(
        status -> {
          T result = work.get();
          status.setRollbackOnly();
          return result;
        });
  }

  /**
   * Rows of the table inserted and updated by this session's transactions whose counts the server
   * has not yet reported (the current one's among them): compare before and after.
   */
  public static List<Long> writes(JdbcTemplate jdbc, String table) {
    return jdbc.queryForObject(
        "SELECT n_tup_ins, n_tup_upd FROM pg_stat_xact_user_tables"
            + " WHERE relname = ? AND schemaname = current_schema()",
        (row, n) -> List.of(row.getLong(1), row.getLong(2)),
        table);
  }

  /** Rows inserted and updated since {@code before} ({@link #writes}). */
  public static List<Long> since(JdbcTemplate jdbc, List<Long> before, String table) {
    List<Long> now = writes(jdbc, table);
    return List.of(now.get(0) - before.get(0), now.get(1) - before.get(1));
  }
}
