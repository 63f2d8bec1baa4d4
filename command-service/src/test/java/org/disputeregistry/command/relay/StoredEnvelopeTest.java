package org.disputeregistry.command.relay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.disputeregistry.command.lifecycle.Actor;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EventCatalog;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.RegistryJson;
import org.disputeregistry.events.reconsideration.ReconsiderationWithdrawnEvent;
import org.disputeregistry.events.reconsideration.WithdrawalReason;
import org.junit.jupiter.api.Test;

/**
 * The relay writes a stored event's envelope byte for byte as the event itself makes it; an event
 * stored with its business date stamped is wrapped without its payload being read back.
 */
class StoredEnvelopeTest {

  // The event store's serializer (AxonSerializationConfiguration).
  private static final Serializer STORE =
      JacksonSerializer.builder()
          .objectMapper(RegistryJson.configure(JsonMapper.builder()).build())
          .revisionResolver(
              type ->
                  EventCatalog.byJavaType(type).map(t -> String.valueOf(t.revision())).orElse(null))
          .build();
  private static final ObjectMapper JSON = RegistryJson.mapper();
  private static final UUID EVENT_ID = UUID.fromString("6f1c1d5e-2a3b-4c5d-8e9f-0a1b2c3d4e5f");
  private static final Instant RECORDED = Instant.parse("2023-03-01T09:30:00.123456Z");

  // Its business date is the approval, not its first date field's.
  private final ReconsiderationWithdrawnEvent event =
      new ReconsiderationWithdrawnEvent(
          new CaseId(UUID.fromString("0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a")),
          UUID.fromString("1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d"),
          LocalDate.of(2023, 2, 27),
          WithdrawalReason.SETTLEMENT);

  @Test
  void aStampedEventIsWrappedFromItsStoredBytesWithoutReadingThePayload() throws Exception {
    DomainEventMessage<?> stamped = stamp(appended(event));
    assertThat(stamped.getMetaData())
        .containsEntry(BusinessDateStamp.METADATA_KEY, "2023-02-27")
        .containsEntry(Actor.METADATA_KEY, "officer.li");

    Serializer relays = new PayloadsUnread(); // the relay's serializer is the store's
    EventEnvelope envelope = KafkaRelay.envelope(stored(stamped, relays), relays);

    assertThat(JSON.writeValueAsString(envelope)).isEqualTo(expected());
  }

  @Test
  void anEventStoredBeforeTheStampIsReadAndWrappedAlike() throws Exception {
    EventEnvelope envelope = KafkaRelay.envelope(stored(appended(event), STORE), STORE);

    assertThat(JSON.writeValueAsString(envelope)).isEqualTo(expected());
  }

  private String expected() throws Exception {
    return JSON.writeValueAsString(
        EventEnvelope.wrap(EVENT_ID, 4, event, RECORDED, "officer.li", "DISTRICT"));
  }

  private static DomainEventMessage<?> appended(CaseEvent event) {
    return new GenericDomainEventMessage<>(
        "ReconsiderationCase",
        event.caseId().toString(),
        4,
        event,
        MetaData.with(Actor.METADATA_KEY, "officer.li").and(Actor.ORGANISATION_KEY, "DISTRICT"),
        EVENT_ID.toString(),
        RECORDED);
  }

  private static DomainEventMessage<?> stamp(DomainEventMessage<?> message) {
    return (DomainEventMessage<?>)
        new BusinessDateStamp().handle(List.of(message)).apply(0, message);
  }

  /** The message as the relay reads it from the event store. */
  private static DomainEventMessage<?> stored(DomainEventMessage<?> appended, Serializer reader) {
    SerializedObject<byte[]> payload = appended.serializePayload(STORE, byte[].class);
    SerializedObject<byte[]> metaData = appended.serializeMetaData(STORE, byte[].class);
    return new GenericDomainEventMessage<>(
        appended.getType(),
        appended.getAggregateIdentifier(),
        appended.getSequenceNumber(),
        new SerializedMessage<>(appended.getIdentifier(), payload, metaData, reader),
        appended::getTimestamp);
  }

  /** The store's serializer, but reading a payload back fails the test. */
  private static final class PayloadsUnread implements Serializer {
    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
      return STORE.serialize(object, expectedRepresentation);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
      return STORE.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
      if (!serializedObject.getType().getName().equals(MetaData.class.getName())) {
        throw new AssertionError("payload read: " + serializedObject.getType());
      }
      return STORE.deserialize(serializedObject);
    }

    @Override
    public Class classForType(SerializedType type) {
      return STORE.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
      return STORE.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
      return STORE.getConverter();
    }
  }
}
