package org.disputeregistry.query.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A parked record, where it came from, and why it was parked. */
public record DeadLetter(
    long id,
    String topic,
    int partition,
    long offset,
    String key,
    byte[] value,
    String reason,
    Instant parkedAt) {

  ConsumerRecord<String, byte[]> record() {
    return new ConsumerRecord<>(topic, partition, offset, key, value);
  }

  public DeadLetterSummary summary() {
    return new DeadLetterSummary(id, topic, partition, offset, key, reason, parkedAt);
  }

  public DeadLetterDetail detail() {
    return new DeadLetterDetail(
        summary(), value == null ? null : new String(value, StandardCharsets.UTF_8));
  }
}
