package org.disputeregistry.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins the wire form of every event: a change here breaks every consumer of the topic. */
class EventJsonApprovalTest {

  private static final ObjectMapper JSON = RegistryJson.mapper();

  static Stream<CaseEvent> samples() {
    return EventSamples.all().stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void envelopeJsonIsApproved(CaseEvent event) throws Exception {
    EventEnvelope envelope =
        EventEnvelope.wrap(
            EventSamples.EVENT_ID,
            0,
            event,
            Instant.parse("2023-03-01T09:30:00Z"),
            "officer.li",
            "RECONSIDERATION_OFFICE");

    String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(envelope);

    Approvals.verify(
        json,
        new Options()
            .forFile()
            .withAdditionalInformation(envelope.type())
            .forFile()
            .withExtension(".json"));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void envelopeJsonReadsBackToTheSameEvent(CaseEvent event) throws Exception {
    EventEnvelope envelope =
        EventEnvelope.wrap(EventSamples.EVENT_ID, 3, event, Instant.EPOCH, "someone", "DISTRICT");

    EventEnvelope read = JSON.readValue(JSON.writeValueAsString(envelope), EventEnvelope.class);

    assertThat(read).isEqualTo(envelope);
    assertThat(EventCatalog.decode(read)).isEqualTo(event);
  }

  /**
   * The relay publishes the payload as the event store holds it (written by a mapper of {@link
   * RegistryJson}'s settings): the record must be byte for byte the one the event itself makes.
   */
  @ParameterizedTest
  @MethodSource("samples")
  void anEnvelopeAroundTheStoredPayloadIsTheSameJson(CaseEvent event) throws Exception {
    byte[] stored =
        RegistryJson.configure(com.fasterxml.jackson.databind.json.JsonMapper.builder())
            .build()
            .writeValueAsBytes(event);
    Instant recorded = Instant.parse("2023-03-01T09:30:00.123456Z");

    for (String organisation : new String[] {"RECONSIDERATION_OFFICE", null}) {
      String expected =
          JSON.writeValueAsString(
              EventEnvelope.wrap(
                  EventSamples.EVENT_ID, 7, event, recorded, "officer.li", organisation));
      String written =
          new String(
              JSON.writeValueAsBytes(
                  EventEnvelope.wrapStored(
                      EventSamples.EVENT_ID,
                      7,
                      event,
                      stored,
                      String.valueOf(EventCatalog.typeOf(event.getClass()).revision()),
                      recorded,
                      "officer.li",
                      organisation)),
              java.nio.charset.StandardCharsets.UTF_8);
      assertThat(written).isEqualTo(expected);
      EventType type = EventCatalog.typeOf(event.getClass());
      String writtenWithoutTheEvent =
          JSON.writeValueAsString(
              EventEnvelope.wrapStoredCurrent(
                  EventSamples.EVENT_ID,
                  event.caseId(),
                  7,
                  type,
                  event.businessDate(),
                  stored,
                  recorded,
                  "officer.li",
                  organisation));
      assertThat(writtenWithoutTheEvent).isEqualTo(expected);
    }
  }

  @Test
  void everyCatalogueTypeHasASample() {
    assertThat(samples().map(e -> EventCatalog.typeOf(e.getClass())))
        .containsExactlyInAnyOrderElementsOf(EventCatalog.types());
  }
}
