package org.disputeregistry.events;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

  private static EventEnvelope envelope(String type, int revision, String payloadJson)
      throws Exception {
    return new EventEnvelope(
        UUID.randomUUID(),
        EventSamples.CASE_ID,
        CaseType.RECONSIDERATION,
        0,
        type,
        revision,
        LocalDate.of(2023, 1, 1),
        Instant.EPOCH,
        "test",
        RegistryJson.mapper().readTree(payloadJson));
  }

  @Test
  void unknownTypeIsUnreadable() throws Exception {
    assertThatThrownBy(() -> EventCatalog.decode(envelope("NoSuchThing", 1, "{}")))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageContaining("Unknown event type NoSuchThing");
  }

  @Test
  void unknownRevisionIsUnreadable() throws Exception {
    assertThatThrownBy(
            () -> EventCatalog.decode(envelope("ReconsiderationApplicationReceived", 99, "{}")))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageContaining("revision 99");
  }

  @Test
  void payloadOfTheWrongShapeIsUnreadable() throws Exception {
    assertThatThrownBy(
            () ->
                EventCatalog.decode(
                    envelope(
                        "ReconsiderationApplicationReceived",
                        1,
                        "{\"caseId\":\"not-a-uuid\",\"receivedOn\":\"yesterday\"}")))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageContaining("does not fit");
  }

  @Test
  void envelopeRefusesANegativeSequence() {
    assertThatThrownBy(
            () ->
                new EventEnvelope(
                    UUID.randomUUID(),
                    EventSamples.CASE_ID,
                    CaseType.PETITION,
                    -1,
                    "x",
                    1,
                    LocalDate.EPOCH,
                    Instant.EPOCH,
                    "a",
                    JsonNodeFactory.instance.objectNode()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
