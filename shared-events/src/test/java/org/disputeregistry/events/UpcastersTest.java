package org.disputeregistry.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.LocalDate;
import org.disputeregistry.events.petition.PetitionReplyExtendedEvent;
import org.disputeregistry.events.reconsideration.ApplicationChannel;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTimeLimitExtendedEvent;
import org.junit.jupiter.api.Test;

/** Old events as they were stored, read by today's catalogue. */
class UpcastersTest {

  static EventEnvelope stored(String file) throws Exception {
    try (InputStream in = UpcastersTest.class.getResourceAsStream("stored/" + file)) {
      return RegistryJson.mapper().readValue(in, EventEnvelope.class);
    }
  }

  @Test
  void revisionZeroOfAnApplicationReadsAsTheCurrentRecord() throws Exception {
    EventEnvelope envelope = stored("ReconsiderationApplicationReceived.r0.json");

    ReconsiderationApplicationReceivedEvent event =
        (ReconsiderationApplicationReceivedEvent) EventCatalog.decode(envelope);

    assertThat(event.caseId()).isEqualTo(CaseId.of("6f1c2d3e-0000-4000-8000-0000000000f0"));
    assertThat(event.receivedOn()).isEqualTo(LocalDate.of(2021, 6, 30));
    assertThat(event.channel()).isEqualTo(ApplicationChannel.MAIL);
    assertThat(event.street()).isEqualTo("GONGMING");
    assertThat(event.community()).isEqualTo("XITIAN");
    assertThat(event.respondentAgency()).isEqualTo("光明区市场监督管理局");
  }

  @Test
  void anExtensionRecordedBeforeApprovalsReadsWithoutApproverOrReason() throws Exception {
    var reconsideration =
        (ReconsiderationTimeLimitExtendedEvent)
            EventCatalog.decode(stored("ReconsiderationTimeLimitExtended.before-approvals.json"));
    var petition =
        (PetitionReplyExtendedEvent)
            EventCatalog.decode(stored("PetitionReplyExtended.before-approvals.json"));

    assertThat(reconsideration.decisionDueOn()).isEqualTo(LocalDate.of(2023, 4, 30));
    assertThat(reconsideration.approvedBy()).isNull();
    assertThat(reconsideration.reason()).isNull();
    assertThat(petition.replyDueOn()).isEqualTo(LocalDate.of(2023, 4, 30));
    assertThat(petition.approvedBy()).isNull();
    assertThat(petition.reason()).isNull();
  }

  @Test
  void upcastingLeavesTheStoredPayloadAlone() throws Exception {
    EventEnvelope envelope = stored("ReconsiderationApplicationReceived.r0.json");
    String before = envelope.payload().toString();

    EventCatalog.decode(envelope);

    assertThat(envelope.payload().toString()).isEqualTo(before);
  }

  @Test
  void aRevisionWithoutAnUpcasterIsUnreadable() {
    assertThatThrownBy(
            () ->
                Upcasters.upcast(
                    "ReconsiderationApplicationReceived",
                    -1,
                    1,
                    RegistryJson.mapper().createObjectNode()))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageContaining("revision -1");
  }

  @Test
  void aRevisionZeroPayloadWithoutItsFieldsIsUnreadableNotACrash() {
    assertThatThrownBy(
            () ->
                Upcasters.upcast(
                    "ReconsiderationApplicationReceived",
                    0,
                    1,
                    RegistryJson.mapper().createObjectNode()))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageContaining("Cannot upcast");
  }
}
