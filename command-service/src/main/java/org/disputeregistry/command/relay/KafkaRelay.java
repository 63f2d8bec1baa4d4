package org.disputeregistry.command.relay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.RegistryJson;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Publishes every stored event to Kafka, keyed by case id. It reads from the event store (never a
 * dual write), sends a whole batch without waiting, and before the batch's transaction commits its
 * token, waits until Kafka acknowledged every record: a failure rolls the token back and the batch
 * is sent again. Kafka may so see an event twice, never miss one; consumers drop the repeat by its
 * per-case sequence number.
 *
 * <p>An event's payload goes out as the event store holds it (the registry's JSON, in the current
 * revision), without being written again from the event; who recorded it is read from the stored
 * metadata ({@link StoredActor}).
 */
@Component
@ProcessingGroup(KafkaRelay.PROCESSING_GROUP)
class KafkaRelay {

  static final String PROCESSING_GROUP = "kafka-relay";
  private static final String PENDING = KafkaRelay.class.getName() + ".pending";

  private final Producer<String, byte[]> producer;
  private final RelayProperties kafka;
  private final ObjectMapper json = RegistryJson.mapper();
  private final Serializer serializer;

  KafkaRelay(
      Producer<String, byte[]> relayProducer,
      RelayProperties kafka,
      @Qualifier("eventSerializer") Serializer serializer) {
    this.producer = relayProducer;
    this.kafka = kafka;
    this.serializer = serializer;
  }

  @EventHandler
  void publish(CaseEvent event, DomainEventMessage<?> message) throws JsonProcessingException {
    SerializedObject<byte[]> stored = message.serializePayload(serializer, byte[].class);
    StoredActor recordedBy =
        StoredActor.read(message.serializeMetaData(serializer, byte[].class).getData());
    EventEnvelope envelope =
        EventEnvelope.wrapStored(
            UUID.fromString(message.getIdentifier()),
            message.getSequenceNumber(),
            event,
            stored.getData(),
            stored.getType().getRevision(),
            message.getTimestamp(),
            recordedBy.actor(),
            recordedBy.organisation());
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            kafka.topic(), envelope.caseId().toString(), json.writeValueAsBytes(envelope));
    pendingAcks().add(producer.send(record));
  }

  /** The sends of the current batch, awaited once when the batch is about to commit. */
  private List<Future<RecordMetadata>> pendingAcks() {
    UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
    return batch.getOrComputeResource(
        PENDING,
        key -> {
          List<Future<RecordMetadata>> sends = new ArrayList<>();
          batch.onPrepareCommit(u -> awaitAcks(sends));
          return sends;
        });
  }

  private void awaitAcks(List<Future<RecordMetadata>> sends) {
    long deadline = System.nanoTime() + kafka.ackTimeout().toNanos();
    try {
      for (Future<RecordMetadata> send : sends) {
        send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } catch (ExecutionException e) {
      throw new RelayFailedException("Kafka refused an event of the batch", e.getCause());
    } catch (TimeoutException e) {
      throw new RelayFailedException("Kafka did not acknowledge the batch in time", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RelayFailedException("Interrupted while waiting for Kafka", e);
    }
  }
}
