package org.disputeregistry.query.projection;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Feeds the live read model from the case-event topic, a batch per poll. The database, not the
 * group's committed offsets, says where to resume: its offsets are committed with the read model,
 * so they are right after a crash, a rebuild, or a database restored from a backup.
 */
@Component
class CaseEventListener implements ConsumerSeekAware {

  private final Projector projector;
  private final PartitionOffsets offsets;

  CaseEventListener(Projector projector, PartitionOffsets offsets) {
    this.projector = projector;
    this.offsets = offsets;
  }

  @KafkaListener(topics = "${registry.kafka.topic}", batch = "true")
  void onBatch(List<ConsumerRecord<String, byte[]>> records) {
    projector.project(records, Target.LIVE);
  }

  @Override
  public void onPartitionsAssigned(
      Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
    for (TopicPartition partition : assignments.keySet()) {
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
