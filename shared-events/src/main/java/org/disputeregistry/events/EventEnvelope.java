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
   * The same around the event's JSON as the event store holds it: when it is of the catalogue's
   * current revision (as {@link RegistryJson} writes the event), those bytes are written out as
   * they are instead of the event being written again; an older revision is written from the event,
   * in the current form. Such an envelope is for writing only; its {@link #payload()} may not be a
   * tree to read.
   */
  public static EventEnvelope wrapStored(
      UUID eventId,
      long sequence,
      CaseEvent event,
      byte[] storedJson,
      String storedRevision,
      Instant recordedAt,
      String actor,
      String actorOrganisation) {
    boolean current =
        String.valueOf(EventCatalog.typeOf(event.getClass()).revision()).equals(storedRevision);
    JsonNode payload = current ? raw(storedJson) : RegistryJson.mapper().valueToTree(event);
    return wrap(eventId, sequence, event, payload, recordedAt, actor, actorOrganisation);
  }

  /**
   * The same around a payload stored in the catalogue's current revision, from what the event store
   * keeps beside it (its type, case and business date), without the event being read: for writing
   * only, as above.
   */
  public static EventEnvelope wrapStoredCurrent(
      UUID eventId,
      CaseId caseId,
      long sequence,
      EventType type,
      LocalDate businessDate,
      byte[] storedJson,
      Instant recordedAt,
      String actor,
      String actorOrganisation) {
    return new EventEnvelope(
        eventId,
        caseId,
        type.caseType(),
        sequence,
        type.name(),
        type.revision(),
        businessDate,
        recordedAt,
        actor,
        actorOrganisation,
        raw(storedJson));
  }

  private static JsonNode raw(byte[] json) {
    return JsonNodeFactory.instance.rawValueNode(
        new RawValue(new String(json, StandardCharsets.UTF_8)));
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
