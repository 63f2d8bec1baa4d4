package org.disputeregistry.query.projection;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Feeds the live read model from the case-event topic, a batch per poll. The database, not the
 * group's committed offsets nor the consumer's position, says where to resume: its offsets are
 * committed with the read model, so they are right after a crash, a rebuild, a database restart or
 * a database restored from a backup. A batch that fails is retried as a whole (the error handler),
 * and each attempt reads the stored offsets again; a batch that begins beyond them sends the
 * consumer back to them.
 */
@Component
class CaseEventListener implements ConsumerSeekAware {

  private static final Logger log = LoggerFactory.getLogger(CaseEventListener.class);

  private final Projector projector;
  private final PartitionOffsets offsets;

  /** Partitions sent back to a stored offset, and that offset; shared by the consumer threads. */
  private final Map<TopicPartition, Long> sentBack = new ConcurrentHashMap<>();

  CaseEventListener(Projector projector, PartitionOffsets offsets) {
    this.projector = projector;
    this.offsets = offsets;
  }

  @KafkaListener(topics = "${registry.kafka.topic}", batch = "true")
  void onBatch(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
    try {
      projector.project(records, Target.LIVE, this::absentFromTopic);
    } catch (ConsumerAheadException e) {
      e.storedOffsets()
          .forEach(
              (partition, offset) -> {
                sentBack.put(partition, offset);
                consumer.seek(partition, offset);
              });
      log.warn("Consumer was ahead of the read model; went back to {}", e.storedOffsets());
    }
  }

  /**
   * Sent back to this offset, the consumer still got a later one first: the records in between are
   * gone from the topic (retention, compaction), and waiting would not bring them back.
   */
  private boolean absentFromTopic(TopicPartition partition, long storedOffset) {
    boolean absent = sentBack.remove(partition, storedOffset);
    if (absent) {
      log.warn("Offsets of {} from {} are no longer on the topic", partition, storedOffset);
    }
    return absent;
  }

  @Override
  public void onPartitionsAssigned(
      Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
    for (TopicPartition partition : assignments.keySet()) {
      sentBack.remove(partition);
      offsets
          .live(partition)
          .ifPresentOrElse(
              next -> callback.seek(partition.topic(), partition.partition(), next),
              // Nothing projected from it: a new or wiped database reads the partition from the
              // start.
              () -> callback.seekToBeginning(List.of(partition)));
    }
  }
}
