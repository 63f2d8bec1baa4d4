package org.disputeregistry.command.relay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.EventCatalog;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.EventType;

/**
 * The JSON of {@link EventEnvelope#wrap} written in one pass: the same properties in the same
 * order, but the event goes straight into {@code payload} where the envelope first turns it into a
 * tree. The relay writes every stored event, so that tree is worth skipping; the bytes are the same
 * (WireEnvelopeTest).
 */
record WireEnvelope(
    UUID eventId,
    CaseId caseId,
    CaseType caseType,
    long sequence,
    String type,
    int revision,
    LocalDate businessDate,
    Instant recordedAt,
    String actor,
    CaseEvent payload) {

  static WireEnvelope wrap(
      UUID eventId, long sequence, CaseEvent event, Instant recordedAt, String actor) {
    EventType type = EventCatalog.typeOf(event.getClass());
    return new WireEnvelope(
        eventId,
        event.caseId(),
        type.caseType(),
        sequence,
        type.name(),
        type.revision(),
        event.businessDate(),
        recordedAt,
        actor,
        event);
  }
}
