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
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EventCatalog;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.EventType;
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
 * revision), without being written again from the event; who recorded it and its business date are
 * read from the stored metadata ({@link StoredMetaData}).
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

  @EventHandler(payloadType = CaseEvent.class)
  void publish(DomainEventMessage<?> message) throws JsonProcessingException {
    EventEnvelope envelope = envelope(message, serializer);
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            kafka.topic(), envelope.caseId().toString(), json.writeValueAsBytes(envelope));
    pendingAcks().add(producer.send(record));
  }

  /**
   * The envelope of a stored event. One stored in the catalogue's current revision with its
   * business date in the metadata ({@link BusinessDateStamp}) is wrapped without its payload being
   * read into the event: its type is the stored payload type, its case the aggregate's identifier
   * (a case's events are its aggregate's). An older one is read and written in the current form.
   */
  static EventEnvelope envelope(DomainEventMessage<?> message, Serializer serializer) {
    SerializedObject<byte[]> stored = message.serializePayload(serializer, byte[].class);
    StoredMetaData metaData =
        StoredMetaData.read(message.serializeMetaData(serializer, byte[].class).getData());
    UUID eventId = UUID.fromString(message.getIdentifier());
    EventType type = EventCatalog.typeOf(message.getPayloadType());
    String revision = stored.getType().getRevision();
    if (metaData.businessDate() != null && String.valueOf(type.revision()).equals(revision)) {
      return EventEnvelope.wrapStoredCurrent(
          eventId,
          CaseId.of(message.getAggregateIdentifier()),
          message.getSequenceNumber(),
          type,
          metaData.businessDate(),
          stored.getData(),
          message.getTimestamp(),
          metaData.actor(),
          metaData.organisation());
    }
    return EventEnvelope.wrapStored(
        eventId,
        message.getSequenceNumber(),
        (CaseEvent) message.getPayload(),
        stored.getData(),
        revision,
        message.getTimestamp(),
        metaData.actor(),
        metaData.organisation());
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
