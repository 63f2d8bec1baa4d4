package org.disputeregistry.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
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
        null,
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
                    null,
                    JsonNodeFactory.instance.objectNode()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void applicationStoredBeforeApplicantsWereAddedStillReads() throws Exception {
    CaseEvent event =
        EventCatalog.decode(
            envelope(
                "ReconsiderationApplicationReceived",
                1,
                """
                {"caseId":"6f1c2d3e-0000-4000-8000-000000000001","caseNumber":"光明复〔2023〕1号",
                 "receivedOn":"2023-03-01","channel":"ONLINE","street":"GUANGMING",
                 "community":"BIYAN","category":"LAND_AND_PLANNING","respondentAgency":"Bureau"}                """));

    assertThat(event)
        .isInstanceOfSatisfying(
            ReconsiderationApplicationReceivedEvent.class,
            received -> {
              assertThat(received.receivedOn()).isEqualTo(LocalDate.of(2023, 3, 1));
              assertThat(received.applicants()).isNull();
              assertThat(received.reviewDueOn()).isNull();
            });
  }

  @Test
  void moneyKeepsItsScaleAndTravelsAsAString() throws Exception {
    Money money = new Money(new BigDecimal("1250000.00"), "CNY");

    String json = RegistryJson.mapper().writeValueAsString(money);

    assertThat(json).isEqualTo("{\"amount\":\"1250000.00\",\"currency\":\"CNY\"}");
    assertThat(RegistryJson.mapper().readValue(json, Money.class)).isEqualTo(money);
    assertThat(
            RegistryJson.mapper()
                .treeToValue(RegistryJson.mapper().valueToTree(money), Money.class))
        .isEqualTo(money);
  }
}
