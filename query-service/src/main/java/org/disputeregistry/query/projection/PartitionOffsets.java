package org.disputeregistry.query.projection;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The next offset to project of each partition, in one statement; locks the partitions' rows
   * (creating them at 0 where missing), fencing off any other consumer. The rows are locked in
   * partition order, so two transactions that lock overlapping sets cannot deadlock.
   */
  Map<TopicPartition, Long> lock(Collection<TopicPartition> partitions) {
    Map<TopicPartition, Long> next = new HashMap<>();
    List<TopicPartition> ordered =
        partitions.stream()
            .sorted(
                Comparator.comparing(TopicPartition::topic)
                    .thenComparingInt(TopicPartition::partition))
            .toList();
    if (ordered.isEmpty()) {
      return next;
    }
    // ON CONFLICT DO UPDATE locks an existing row as FOR UPDATE would, and RETURNING reads it.
    jdbc.query(
        "INSERT INTO projection_offset (topic, kafka_partition, next_offset)"
            + " SELECT t, p, 0 FROM unnest(?::text[], ?::int[]) WITH ORDINALITY AS o (t, p, n)"
            + " ORDER BY n ON CONFLICT (topic, kafka_partition)"
            + " DO UPDATE SET next_offset = projection_offset.next_offset"
            + " RETURNING topic, kafka_partition, next_offset",
        row -> {
          next.put(new TopicPartition(row.getString(1), row.getInt(2)), row.getLong(3));
        },
        ordered.stream().map(TopicPartition::topic).toArray(String[]::new),
        ordered.stream().map(TopicPartition::partition).toArray(Integer[]::new));
    return next;
  }

  /** Stores the next offset of each partition, in one round trip. */
  void store(Map<TopicPartition, Long> next) {
    jdbc.batchUpdate(
        "UPDATE projection_offset SET next_offset = ? WHERE topic = ? AND kafka_partition = ?",
        List.copyOf(next.entrySet()),
        next.size(),
        (ps, e) -> {
          ps.setLong(1, e.getValue());
          ps.setString(2, e.getKey().topic());
          ps.setInt(3, e.getKey().partition());
        });
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
