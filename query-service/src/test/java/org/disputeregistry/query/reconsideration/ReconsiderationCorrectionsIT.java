package org.disputeregistry.query.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.disputeregistry.events.AmendedStep;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.RegistryJson;
import org.disputeregistry.events.reconsideration.AdministrativeActKind;
import org.disputeregistry.events.reconsideration.ApplicantKind;
import org.disputeregistry.events.reconsideration.ApplicationChannel;
import org.disputeregistry.events.reconsideration.DecisionOutcome;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDecidedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationMediationAgreementEffectiveEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationStepAmendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationStepRetractedEvent;
import org.disputeregistry.query.support.CaseStreams;
import org.disputeregistry.query.support.Readers;
import org.disputeregistry.query.support.Rebuilds;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A correction changes every figure, list and row the corrected step touched, as if the step had
 * been recorded right (or never): a decision's outcome amended from UPHELD to REVOKED counts in the
 * correction rate (纠错率); a retracted mediation agreement reopens its case (the mediation rate's
 * numerator and the closed count drop by one, the case is open, under review and overdue again). A
 * redelivered correction changes nothing twice, and a rebuild from the topic gives the same.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "registry.kafka.topic=" + ReconsiderationCorrectionsIT.TOPIC,
      "registry.statistics.min-cell-count=0"
    })
@WithRealInfrastructure
class ReconsiderationCorrectionsIT {

  static final String TOPIC = "reconsideration-corrections-it";
  static final String FIGURES = "/api/statistics/reconsiderations?year=2023";
  static final UUID DECIDED = UUID.fromString("c0ec0000-0000-4000-8000-000000000001");
  static final UUID MEDIATED = UUID.fromString("c0ec0000-0000-4000-8000-000000000002");
  static final UUID SENTINEL = UUID.fromString("c0ec0000-0000-4000-8000-000000000003");
  static final UUID ACCEPTANCE = UUID.fromString("5e7e0000-0000-4000-8000-000000000001");
  static final UUID ENDING = UUID.fromString("5e7e0000-0000-4000-8000-000000000002");
  static final UUID CORRECTION = UUID.fromString("5e7e0000-0000-4000-8000-000000000009");

  @Value("${registry.kafka.bootstrap-servers}")
  String bootstrapServers;

  TestRestTemplate http;

  @Autowired
  void callAsAReader(TestRestTemplate anonymous) {
    http = Readers.of(anonymous);
  }

  @Test
  void aCorrectionChangesTheFiguresListsAndRowsOnceAndARebuildGivesTheSame() {
    CaseStreams.createTopic(bootstrapServers, TOPIC);
    List<ProducerRecord<String, byte[]>> recorded = new ArrayList<>();
    recorded.addAll(
        records(
            DECIDED,
            new ReconsiderationDecidedEvent(
                id(DECIDED), ENDING, LocalDate.of(2023, 4, 3), DecisionOutcome.UPHELD)));
    recorded.addAll(
        records(
            MEDIATED,
            new ReconsiderationMediationAgreementEffectiveEvent(
                id(MEDIATED), ENDING, LocalDate.of(2023, 4, 3))));
    CaseStreams.publish(bootstrapServers, recorded);
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> figures().read("$.figures.closed", Long.class) == 2);
    DocumentContext before = figures();
    assertThat(rate(before, "correctionRate")).containsExactly(0L, 2L);
    assertThat(rate(before, "mediationRate")).containsExactly(1L, 2L);
    assertThat(overdue()).doesNotContain(MEDIATED.toString());

    List<ProducerRecord<String, byte[]>> corrections =
        List.of(
            record(
                3,
                new ReconsiderationStepAmendedEvent(
                    id(DECIDED),
                    CORRECTION,
                    LocalDate.of(2023, 4, 10),
                    ENDING,
                    AmendedStep.of(
                        new ReconsiderationDecidedEvent(
                            id(DECIDED),
                            ENDING,
                            LocalDate.of(2023, 4, 3),
                            DecisionOutcome.REVOKED)),
                    "决定结果录入错误",
                    "director.zhao")),
            record(
                3,
                new ReconsiderationStepRetractedEvent(
                    id(MEDIATED),
                    CORRECTION,
                    LocalDate.of(2023, 4, 10),
                    ENDING,
                    "误录入",
                    "director.zhao")));
    CaseStreams.publish(bootstrapServers, corrections);
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> figures().read("$.figures.closed", Long.class) == 1);
    DocumentContext corrected = figures();
    assertThat(rate(corrected, "correctionRate")).containsExactly(1L, 1L);
    assertThat(rate(corrected, "mediationRate")).containsExactly(0L, 1L);
    assertThat(corrected.read("$.figures.mediated", Long.class)).isZero();
    assertThat(corrected.read("$.figures.openAtEnd", Long.class)).isEqualTo(1);
    DocumentContext reopened =
        JsonPath.parse(http.getForObject("/api/cases?caseType=reconsideration", String.class));
    assertThat(reopened.read("$.rows[?(@.caseId == '" + MEDIATED + "')].state", List.class))
        .containsExactly("UNDER_REVIEW");
    assertThat(reopened.read("$.rows[?(@.caseId == '" + DECIDED + "')].outcome", List.class))
        .containsExactly("DECISION_REVOKED");
    assertThat(overdue())
        .as("the reopened case's decision is due again")
        .contains(MEDIATED.toString());

    // Delivered again, then a case after them: once it counts, the repeats were consumed.
    String figuresCorrected = http.getForObject(FIGURES, String.class);
    String list =
        http.getForObject("/api/cases?caseType=reconsideration&sort=caseId", String.class);
    List<ProducerRecord<String, byte[]>> again = new ArrayList<>(corrections);
    again.addAll(records(SENTINEL, null));
    CaseStreams.publish(bootstrapServers, again);
    // The sentinel's acceptance may come in a later batch than its receipt: wait for both.
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> figures().read("$.figures.accepted", Long.class) == 3);
    assertThat(figures().read("$.figures.closed", Long.class)).isEqualTo(1);
    assertThat(rate(figures(), "correctionRate")).containsExactly(1L, 1L);

    String figuresBefore = http.getForObject(FIGURES, String.class);
    String listBefore =
        http.getForObject("/api/cases?caseType=reconsideration&sort=caseId", String.class);
    Rebuilds.rebuildAndWait(http);
    assertThat(http.getForObject(FIGURES, String.class)).isEqualTo(figuresBefore);
    assertThat(http.getForObject("/api/cases?caseType=reconsideration&sort=caseId", String.class))
        .isEqualTo(listBefore);
    assertThat(figuresCorrected).isNotEqualTo(before.jsonString());
    assertThat(list).contains(MEDIATED.toString());
  }

  private DocumentContext figures() {
    return JsonPath.parse(http.getForObject(FIGURES, String.class));
  }

  private static List<Long> rate(DocumentContext answer, String rate) {
    return List.of(
        answer.read("$.figures." + rate + ".numerator", Long.class),
        answer.read("$.figures." + rate + ".denominator", Long.class));
  }

  private String overdue() {
    return http.getForObject(
        "/api/cases/overdue?caseType=reconsideration&asOf=2023-06-30", String.class);
  }

  private static CaseId id(UUID caseId) {
    return new CaseId(caseId);
  }

  /** A case received and accepted in March 2023, then ended as given (or still open). */
  private List<ProducerRecord<String, byte[]>> records(UUID caseId, CaseEvent ending) {
    List<CaseEvent> history = new ArrayList<>();
    history.add(
        new ReconsiderationApplicationReceivedEvent(
            id(caseId),
            "光明复〔2023〕" + caseId.toString().substring(32),
            LocalDate.of(2023, 3, 1),
            ApplicationChannel.ONLINE,
            "GONGMING",
            "SHANGCUN",
            "URBAN_MANAGEMENT",
            "光明区城市管理和综合执法局",
            List.of(ApplicantKind.PERSON),
            AdministrativeActKind.PENALTY,
            LocalDate.of(2023, 3, 6)));
    history.add(
        new ReconsiderationAcceptedEvent(
            id(caseId),
            ACCEPTANCE,
            LocalDate.of(2023, 3, 3),
            Procedure.ORDINARY,
            false,
            LocalDate.of(2023, 5, 2),
            null));
    if (ending != null) {
      history.add(ending);
    }
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
    for (int sequence = 0; sequence < history.size(); sequence++) {
      records.add(record(sequence, history.get(sequence)));
    }
    return records;
  }

  private static ProducerRecord<String, byte[]> record(long sequence, CaseEvent event) {
    EventEnvelope envelope =
        EventEnvelope.wrap(
            UUID.nameUUIDFromBytes((event.caseId() + "/" + sequence).getBytes()),
            sequence,
            event,
            Instant.parse("2023-04-10T02:00:00Z"),
            "officer.li",
            "RECONSIDERATION_OFFICE");
    try {
      return new ProducerRecord<>(
          TOPIC, event.caseId().toString(), RegistryJson.mapper().writeValueAsBytes(envelope));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
