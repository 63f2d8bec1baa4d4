package org.disputeregistry.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One event as published to Kafka: what happened ({@code type}, {@code revision}, {@code payload}),
 * to which case and in which place of its history ({@code sequence}, from 0, without gaps), when it
 * happened ({@code businessDate}), and who recorded it when: {@code actor} is the authenticated
 * subject (a staff account or a client), {@code actorOrganisation} the organisation it acted for
 * (absent from events recorded before it was added).
 */
public record EventEnvelope(
    UUID eventId,
    CaseId caseId,
    CaseType caseType,
    long sequence,
    String type,
    int revision,
    LocalDate businessDate,
    Instant recordedAt,
    String actor,
    @Nullable String actorOrganisation,
    JsonNode payload) {

  public EventEnvelope {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(caseType, "caseType");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(businessDate, "businessDate");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(payload, "payload");
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative: " + sequence);
    }
  }

  /** Wraps an event of the catalogue in its current revision. */
  public static EventEnvelope wrap(
      UUID eventId,
      long sequence,
      CaseEvent event,
      Instant recordedAt,
      String actor,
      String actorOrganisation) {
    return wrap(
        eventId,
        sequence,
        event,
        RegistryJson.mapper().valueToTree(event),
        recordedAt,
        actor,
        actorOrganisation);
  }

  /**
   * The same around {@code payloadJson}, the event's JSON as {@link RegistryJson} wrote it in the
   * current revision (the event store's bytes): written out as they are instead of read into a tree
   * and written again. Such an envelope is for writing only; its {@link #payload()} is not a tree
   * to read.
   */
  public static EventEnvelope wrapWritten(
      UUID eventId,
      long sequence,
      CaseEvent event,
      byte[] payloadJson,
      Instant recordedAt,
      String actor,
      String actorOrganisation) {
    return wrap(
        eventId,
        sequence,
        event,
        JsonNodeFactory.instance.rawValueNode(
            new RawValue(new String(payloadJson, StandardCharsets.UTF_8))),
        recordedAt,
        actor,
        actorOrganisation);
  }

  private static EventEnvelope wrap(
      UUID eventId,
      long sequence,
      CaseEvent event,
      JsonNode payload,
      Instant recordedAt,
      String actor,
      String actorOrganisation) {
    EventType type = EventCatalog.typeOf(event.getClass());
    return new EventEnvelope(
        eventId,
        event.caseId(),
        type.caseType(),
        sequence,
        type.name(),
        type.revision(),
        event.businessDate(),
        recordedAt,
        actor,
        actorOrganisation,
        payload);
  }
}
