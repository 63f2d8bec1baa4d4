package org.disputeregistry.query.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Parks events that cannot be applied, with the reason, so that the projection goes on. */
@Component
class DeadLetters {

  private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

  private final JdbcTemplate jdbc;

  DeadLetters(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void park(ConsumerRecord<String, byte[]> record, String reason) {
    log.warn(
        "Parked event at {}-{}@{}: {}",
        record.topic(),
        record.partition(),
        record.offset(),
        reason);
    jdbc.update(
        "INSERT INTO dead_letter (topic, kafka_partition, kafka_offset, record_key, record_value,"
            + " reason) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        record.topic(),
        record.partition(),
        record.offset(),
        record.key(),
        record.value(),
        reason);
  }
}
