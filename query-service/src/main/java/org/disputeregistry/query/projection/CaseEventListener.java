package org.disputeregistry.query.projection;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the projections from the case-event topic, a batch per poll. */
@Component
class CaseEventListener {

  private final Projector projector;

  CaseEventListener(Projector projector) {
    this.projector = projector;
  }

  @KafkaListener(topics = "${registry.kafka.topic}", batch = "true")
  void onBatch(List<ConsumerRecord<String, byte[]>> records) {
    projector.project(records);
  }
}
