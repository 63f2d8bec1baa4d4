package org.disputeregistry.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.EventCatalog;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.RegistryJson;
import org.disputeregistry.events.UnreadableEventException;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.query.support.Envelopes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A record as the relay writes it is read in one pass; any other is read by the general path
 * (envelope with a payload tree, upcasters, then the record), and both give the values and the
 * errors that {@link EventCatalog#decode} gives.
 */
class EnvelopeJsonDecodeTest {

  private static final UUID CASE = UUID.fromString("1d4f7a0e-0f4e-4c8e-9a57-1e0a7d3c5b21");

  private static byte[] asPublished() {
    return Envelopes.bytes(Envelopes.received(CASE, 3, LocalDate.of(2024, 3, 1), "光明复〔2024〕1号"));
  }

  @Test
  void aRecordOfTheCurrentRevisionIsReadInOnePass() throws IOException {
    byte[] json = asPublished();

    EnvelopeJson.Read streamed = EnvelopeJson.streamed(json);

    assertThat(streamed).isNotNull();
    assertSameAsTheGeneralPath(json, streamed);
    // The payload stays as written, for whoever writes the envelope out again.
    assertThat(
            RegistryJson.mapper()
                .readTree(RegistryJson.mapper().writeValueAsBytes(streamed.envelope())))
        .isEqualTo(RegistryJson.mapper().readTree(json));
  }

  @Test
  void aRecordOfAnOlderRevisionIsUpcast() throws IOException {
    byte[] json = Envelopes.storedRevisionZero();

    assertThat(EnvelopeJson.streamed(json)).isNull();
    EnvelopeJson.Read read = EnvelopeJson.decode(json);
    assertThat(read.event())
        .isInstanceOfSatisfying(
            ReconsiderationApplicationReceivedEvent.class,
            e -> {
              assertThat(e.street()).isEqualTo("GONGMING");
              assertThat(e.community()).isEqualTo("XITIAN");
              assertThat(e.respondentAgency()).isEqualTo("光明区市场监督管理局");
            });
    assertSameAsTheGeneralPath(json, read);
  }

  @Test
  void aPayloadBeforeItsTypeIsReadByTheGeneralPath() throws IOException {
    ObjectNode published = (ObjectNode) RegistryJson.mapper().readTree(asPublished());
    ObjectNode reordered = RegistryJson.mapper().createObjectNode();
    reordered.set("payload", published.get("payload"));
    for (Iterator<Map.Entry<String, JsonNode>> f = published.fields(); f.hasNext(); ) {
      Map.Entry<String, JsonNode> field = f.next();
      reordered.set(field.getKey(), field.getValue());
    }
    byte[] json = reordered.toString().getBytes(StandardCharsets.UTF_8);

    assertThat(EnvelopeJson.streamed(json)).isNull();
    assertSameAsTheGeneralPath(json, EnvelopeJson.decode(json));
  }

  @Test
  void anUnknownPropertyOfThePayloadIsIgnoredAsTheMapperDoes() throws IOException {
    ObjectNode published = (ObjectNode) RegistryJson.mapper().readTree(asPublished());
    ((ObjectNode) published.get("payload")).putObject("addedLater").put("x", 1);
    byte[] json = published.toString().getBytes(StandardCharsets.UTF_8);

    EnvelopeJson.Read streamed = EnvelopeJson.streamed(json);

    assertThat(streamed).isNotNull();
    assertSameAsTheGeneralPath(json, streamed);
  }

  @Test
  void anUnknownPropertyOfTheEnvelopeIsReadByTheGeneralPath() throws IOException {
    ObjectNode published = (ObjectNode) RegistryJson.mapper().readTree(asPublished());
    published.put("addedLater", "x");
    byte[] json = published.toString().getBytes(StandardCharsets.UTF_8);

    assertThat(EnvelopeJson.streamed(json)).isNull();
    assertSameAsTheGeneralPath(json, EnvelopeJson.decode(json));
  }

  @Test
  void anUnknownTypeIsUnreadableWithItsName() throws IOException {
    ObjectNode published = (ObjectNode) RegistryJson.mapper().readTree(asPublished());
    published.put("type", "NoSuchEvent");
    byte[] json = published.toString().getBytes(StandardCharsets.UTF_8);

    assertThat(EnvelopeJson.streamed(json)).isNull();
    assertThatThrownBy(() -> EnvelopeJson.decode(json))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessage("Unknown event type NoSuchEvent");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"caseId\": \"not-a-uuid\"}",
        "{\"receivedOn\": \"2024-02-30\"}",
        "{\"channel\": \"CARRIER_PIGEON\"}",
        "{\"caseId\": null}",
        "{\"caseId\": \"1-1-1-1-1\"}",
        "{\"caseId\": \"+d4f7a0e-0f4e-4c8e-9a57-1e0a7d3c5b21\"}",
        "{\"caseId\": \"1D4F7A0E-0F4E-4C8E-9A57-1E0A7D3C5B21\"}",
        "{\"caseId\": \"１d4f7a0e-0f4e-4c8e-9a57-1e0a7d3c5b21\"}",
        "{\"caseId\": 7}",
        "{\"receivedOn\": [2024, 3, 1]}",
        "{\"street\": 12}"
      })
  void aPayloadIsReadOrRefusedAsTheGeneralPathDoes(String change) throws IOException {
    ObjectNode published = (ObjectNode) RegistryJson.mapper().readTree(asPublished());
    ((ObjectNode) published.get("payload"))
        .setAll((ObjectNode) RegistryJson.mapper().readTree(change));
    byte[] json = published.toString().getBytes(StandardCharsets.UTF_8);

    CaseEvent expected;
    try {
      expected = EventCatalog.decode(RegistryJson.mapper().readValue(json, EventEnvelope.class));
    } catch (UnreadableEventException refused) {
      assertThatThrownBy(() -> EnvelopeJson.decode(json))
          .isInstanceOf(UnreadableEventException.class)
          .hasMessage(refused.getMessage());
      return;
    }
    assertThat(EnvelopeJson.decode(json).event()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"eventId\": \"1-1-1-1-1\"}",
        "{\"caseId\": \"1D4F7A0E-0F4E-4C8E-9A57-1E0A7D3C5B21\"}",
        "{\"caseId\": \" 1d4f7a0e-0f4e-4c8e-9a57-1e0a7d3c5b2\"}",
        "{\"caseType\": \"reconsideration\"}",
        "{\"caseType\": 0}",
        "{\"sequence\": \"3\"}",
        "{\"sequence\": -1}",
        "{\"revision\": 2}",
        "{\"actor\": null}",
        "{\"actorOrganisation\": \"org-1\"}",
        "{\"actorOrganisation\": 7}",
        "{\"businessDate\": \"2024-3-01\"}",
        "{\"payload\": null}",
        "{\"payload\": []}"
      })
  void anEnvelopeIsReadOrRefusedAsTheGeneralPathDoes(String change) throws IOException {
    ObjectNode published = (ObjectNode) RegistryJson.mapper().readTree(asPublished());
    published.setAll((ObjectNode) RegistryJson.mapper().readTree(change));
    byte[] json = published.toString().getBytes(StandardCharsets.UTF_8);

    EventEnvelope envelope;
    CaseEvent expected;
    try {
      envelope = RegistryJson.mapper().readValue(json, EventEnvelope.class);
      expected = EventCatalog.decode(envelope);
    } catch (IOException | RuntimeException refused) {
      assertThatThrownBy(() -> EnvelopeJson.decode(json))
          .isInstanceOf(refused.getClass())
          .hasMessage(refused.getMessage());
      return;
    }
    EnvelopeJson.Read read = EnvelopeJson.decode(json);
    assertThat(read.event()).isEqualTo(expected);
    assertThat(withoutPayload(read.envelope())).isEqualTo(withoutPayload(envelope));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1d4f7a0e-0f4e-4c8e-9a57-1e0a7d3c5b21",
        "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
        "00000000-0000-0000-0000-000000000000",
        "7f0c3c1e-2b1a-4e55-9d61-3a3c1f3f2b1A"
      })
  void readsACanonicalUuidAsUuidDoes(String text) {
    assertThat(EnvelopeJson.uuid(text)).isEqualTo(UUID.fromString(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1-1-1-1-1",
        "+d4f7a0e-0f4e-4c8e-9a57-1e0a7d3c5b21",
        "1d4f7a0e-0f4e-4c8e-9a57-1e0a7d3c5b2g",
        "１d4f7a0e-0f4e-4c8e-9a57-1e0a7d3c5b21",
        "1d4f7a0e00f4e-4c8e-9a57-1e0a7d3c5b21",
        ""
      })
  void leavesAnyOtherUuidToTheGeneralPath(String text) {
    assertThat(EnvelopeJson.uuid(text)).isNull();
  }

  /** Both paths' envelope (the payload aside, raw in one and a tree in the other) and event. */
  private static void assertSameAsTheGeneralPath(byte[] json, EnvelopeJson.Read read)
      throws IOException {
    EventEnvelope envelope = RegistryJson.mapper().readValue(json, EventEnvelope.class);
    assertThat(read.event()).isEqualTo(EventCatalog.decode(envelope));
    assertThat(withoutPayload(read.envelope())).isEqualTo(withoutPayload(envelope));
  }

  private static EventEnvelope withoutPayload(EventEnvelope e) {
    return new EventEnvelope(
        e.eventId(),
        e.caseId(),
        e.caseType(),
        e.sequence(),
        e.type(),
        e.revision(),
        e.businessDate(),
        e.recordedAt(),
        e.actor(),
        e.actorOrganisation(),
        RegistryJson.mapper().nullNode());
  }
}
