package org.disputeregistry.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.EventCatalog;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.RegistryJson;
import org.disputeregistry.events.UnreadableEventException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The envelope's and the payloads' times read from their digits equal what Jackson's own readers
 * make of them.
 */
class EnvelopeJsonTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-01T08:15:30Z",
        "2024-03-01T08:15:30.1Z",
        "2024-03-01T08:15:30.120Z",
        "2024-03-01T08:15:30.123456Z",
        "2024-03-01T08:15:30.123456789Z",
        "2024-02-29T23:59:59.999999999Z",
        "0001-01-01T00:00:00Z",
        "2024-03-01T24:00:00Z",
        "2024-03-01T23:59:60Z",
        "2024-03-01T08:15:30+08:00",
        "2024-03-01T08:15:30.5+01:00",
        "2024-03-01T08:60:00Z",
        "2024-03-01T08:15:30.Z",
        "2024-03-01T08:15:30.1234567890Z",
        "2024-03-01 08:15:30Z",
        "2024-03-01T08:15:3xZ",
        "2023-02-29T08:15:30Z",
        ""
      })
  void readsEachInstantAsJacksonDoes(String recordedAt) {
    assertSameAsJackson("2024-03-01", recordedAt);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-01",
        "2024-02-29",
        "0001-01-01",
        "9999-12-31",
        "2023-02-29",
        "2024-13-01",
        "2024-3-01",
        "2024-03-01T08:15:30Z",
        "20240301",
        "+2024-03-01",
        "２０２４-03-01",
        ""
      })
  void readsEachDayAsJacksonDoes(String businessDate) {
    assertSameAsJackson(businessDate, "2024-03-01T08:15:30Z");
  }

  /** The same envelope, or both refuse it. */
  private static void assertSameAsJackson(String businessDate, String recordedAt) {
    byte[] json = json(businessDate, recordedAt);
    EventEnvelope expected;
    try {
      expected = RegistryJson.mapper().readValue(json, EventEnvelope.class);
    } catch (IOException refused) {
      assertThatThrownBy(() -> EnvelopeJson.read(json)).isInstanceOf(refused.getClass());
      return;
    }
    try {
      assertThat(EnvelopeJson.read(json)).isEqualTo(expected);
    } catch (IOException e) {
      throw new AssertionError("Jackson read " + recordedAt + " / " + businessDate, e);
    }
  }

  private static byte[] json(String businessDate, String recordedAt) {
    ObjectNode envelope =
        RegistryJson.mapper()
            .valueToTree(
                new EventEnvelope(
                    UUID.fromString("7f0c3c1e-2b1a-4e55-9d61-3a3c1f3f2b10"),
                    new CaseId(UUID.fromString("1d4f7a0e-0f4e-4c8e-9a57-1e0a7d3c5b21")),
                    CaseType.RECONSIDERATION,
                    3,
                    "SomeStep",
                    1,
                    LocalDate.of(2024, 3, 1),
                    Instant.parse("2024-03-01T08:15:30Z"),
                    "clerk.wang",
                    null,
                    RegistryJson.mapper().createObjectNode().put("note", "x")));
    envelope.put("businessDate", businessDate);
    envelope.put("recordedAt", recordedAt);
    return envelope.toString().getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"2024-03-01\"",
        "\"2024-02-29\"",
        "\"2023-02-29\"",
        "\"2024-3-01\"",
        "\"+2024-03-01\"",
        "\"2024-03-01T08:15:30Z\"",
        "[2024,3,1]",
        "20240301",
        "null"
      })
  void readsThePayloadsDaysAsJacksonDoes(String suspendedOn) throws IOException {
    ObjectNode envelope =
        (ObjectNode) RegistryJson.mapper().readTree(json("2024-03-01", "2024-03-01T08:15:30Z"));
    envelope.put("type", "ReconsiderationSuspended");
    envelope.set(
        "payload",
        RegistryJson.mapper()
            .readTree(
                "{\"caseId\": \"1d4f7a0e-0f4e-4c8e-9a57-1e0a7d3c5b21\","
                    + " \"stepId\": \"0b8e2a55-6a4c-4f0e-8f57-2d9c1f3a4b6e\","
                    + " \"suspendedOn\": "
                    + suspendedOn
                    + ", \"reason\": \"x\"}"));
    EventEnvelope read = EnvelopeJson.read(envelope.toString().getBytes(StandardCharsets.UTF_8));
    CaseEvent expected;
    try {
      expected = EventCatalog.decode(read);
    } catch (UnreadableEventException refused) {
      assertThatThrownBy(() -> EnvelopeJson.event(read))
          .isInstanceOf(UnreadableEventException.class);
      return;
    }
    assertThat(EnvelopeJson.event(read)).isEqualTo(expected);
  }

  @Test
  void readsAnEnvelopeAsWrittenByTheMapper() throws IOException {
    JsonNode written =
        RegistryJson.mapper().readTree(json("2024-03-01", "2024-03-01T08:15:30.123456Z"));
    EventEnvelope read = EnvelopeJson.read(written.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(RegistryJson.mapper().valueToTree(read).toString()).isEqualTo(written.toString());
  }
}
