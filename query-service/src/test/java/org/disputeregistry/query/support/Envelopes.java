package org.disputeregistry.query.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.RegistryJson;

/**
 * Envelopes as they travel, written as JSON of a fixed revision (as stored events are) rather than
 * from today's records: the upcasters keep them readable when a record changes.
 */
public final class Envelopes {

  public static final String RECEIVED = "ReconsiderationApplicationReceived";

  private Envelopes() {}

  /** Revision 1 of an application received, as the relay publishes it. */
  public static EventEnvelope received(UUID caseId, long sequence, LocalDate on, String number) {
    ObjectNode payload = RegistryJson.mapper().createObjectNode();
    payload.put("caseId", caseId.toString());
    payload.put("caseNumber", number);
    payload.put("receivedOn", on.toString());
    payload.put("channel", "MAIL");
    payload.put("street", "MATIAN");
    payload.put("community", "JIANGSHI");
    payload.put("category", "TRANSPORT");
    payload.put("respondentAgency", "光明区交通运输局");
    return envelope(caseId, sequence, RECEIVED, 1, on, payload);
  }

  public static EventEnvelope received(UUID caseId, LocalDate on) {
    return received(caseId, 0, on, "光明复〔" + on.getYear() + "〕" + caseId.toString().substring(0, 8));
  }

  public static EventEnvelope envelope(
      UUID caseId, long sequence, String type, int revision, LocalDate on, JsonNode payload) {
    return new EventEnvelope(
        UUID.nameUUIDFromBytes((caseId + "/" + sequence).getBytes()),
        new CaseId(caseId),
        CaseType.RECONSIDERATION,
        sequence,
        type,
        revision,
        on,
        Instant.parse("2024-01-02T03:04:05Z"),
        "test",
        null,
        payload);
  }

  /** The checked-in revision 0 of an application (street and community in one field). */
  public static byte[] storedRevisionZero() {
    try (InputStream in =
        Envelopes.class.getResourceAsStream(
            "/stored-events/ReconsiderationApplicationReceived.r0.json")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static final UUID REVISION_ZERO_CASE =
      UUID.fromString("6f1c2d3e-0000-4000-8000-0000000000f0");

  public static byte[] bytes(EventEnvelope envelope) {
    try {
      return RegistryJson.mapper().writeValueAsBytes(envelope);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
