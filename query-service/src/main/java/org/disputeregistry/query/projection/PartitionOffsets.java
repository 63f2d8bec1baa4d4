package org.disputeregistry.query.projection;

import java.util.Optional;
import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The next Kafka offset to project per partition, stored in the same transaction as the read-model
 * changes: a batch delivered again (restart, rebalance, a consumer that lost its partition but has
 * not noticed yet) is recognised by its offsets and skipped.
 */
@Component
public class PartitionOffsets {

  private final JdbcTemplate jdbc;
  private final Targets targets;

  PartitionOffsets(JdbcTemplate jdbc, Targets targets) {
    this.jdbc = jdbc;
    this.targets = targets;
  }

  /** The next offset to project; locks the partition's row, fencing off any other consumer. */
  long lock(TopicPartition partition) {
    jdbc.update(
        "INSERT INTO projection_offset (topic, kafka_partition, next_offset) VALUES (?, ?, 0)"
            + " ON CONFLICT DO NOTHING",
        partition.topic(),
        partition.partition());
    return jdbc.queryForObject(
        "SELECT next_offset FROM projection_offset WHERE topic = ? AND kafka_partition = ?"
            + " FOR UPDATE",
        Long.class,
        partition.topic(),
        partition.partition());
  }

  void store(TopicPartition partition, long nextOffset) {
    jdbc.update(
        "UPDATE projection_offset SET next_offset = ? WHERE topic = ? AND kafka_partition = ?",
        nextOffset,
        partition.topic(),
        partition.partition());
  }

  /** Where the live read model stands on a partition, if it has ever projected from it. */
  Optional<Long> live(TopicPartition partition) {
    return jdbc
        .queryForList(
            "SELECT next_offset FROM projection_offset WHERE topic = ? AND kafka_partition = ?",
            Long.class,
            partition.topic(),
            partition.partition())
        .stream()
        .findFirst();
  }

  /** Whether the shadow read model has projected at least as far as the live one everywhere. */
  public boolean shadowCaughtUp(String topic) {
    Long behind =
        jdbc.queryForObject(
            ("SELECT count(*) FROM %s.projection_offset l LEFT JOIN %s.projection_offset s"
                    + " ON s.topic = l.topic AND s.kafka_partition = l.kafka_partition"
                    + " WHERE l.topic = ? AND coalesce(s.next_offset, 0) < l.next_offset")
                .formatted(targets.liveSchema(), Target.SHADOW_SCHEMA),
            Long.class,
            topic);
    return behind == 0;
  }
}
