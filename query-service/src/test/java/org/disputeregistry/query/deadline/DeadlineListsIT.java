package org.disputeregistry.query.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.RegistryJson;
import org.disputeregistry.events.mediation.CommercialDisputeType;
import org.disputeregistry.events.mediation.CommercialMediationAcceptedEvent;
import org.disputeregistry.events.mediation.CommercialMediationAgreementSignedEvent;
import org.disputeregistry.events.mediation.CommercialMediationApplicationReceivedEvent;
import org.disputeregistry.events.mediation.MediationSource;
import org.disputeregistry.events.mediation.PartyOrigin;
import org.disputeregistry.events.petition.PetitionAcceptedEvent;
import org.disputeregistry.events.petition.PetitionAssignedEvent;
import org.disputeregistry.events.petition.PetitionChannel;
import org.disputeregistry.events.petition.PetitionRegisteredEvent;
import org.disputeregistry.events.reconsideration.AdministrativeActKind;
import org.disputeregistry.events.reconsideration.ApplicantKind;
import org.disputeregistry.events.reconsideration.ApplicationChannel;
import org.disputeregistry.events.reconsideration.DecisionOutcome;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDecidedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationStepRetractedEvent;
import org.disputeregistry.query.support.CaseStreams;
import org.disputeregistry.query.support.Readers;
import org.disputeregistry.query.support.Rebuilds;
import org.disputeregistry.testsupport.Tokens;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The overdue and due-soon lists name every running time limit of every case with its article
 * (several of one case; a mediation agreement's window for judicial confirmation), filter by
 * organisation, street and handler as the case list does, show an officer only the cases of its
 * organisation, follow a retraction (the retracted decision's limit runs again), and are the same
 * after every event was delivered twice and after a rebuild.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "registry.kafka.topic=" + DeadlineListsIT.TOPIC)
@WithRealInfrastructure
class DeadlineListsIT {

  static final String TOPIC = "deadline-lists-it";
  static final UUID REPLY_OVERDUE = UUID.fromString("dead0000-0000-4000-8000-000000000001");
  static final UUID ACCEPTANCE_SOON = UUID.fromString("dead0000-0000-4000-8000-000000000002");
  static final UUID DECIDED = UUID.fromString("dead0000-0000-4000-8000-000000000003");
  static final UUID REVIEW_SOON = UUID.fromString("dead0000-0000-4000-8000-000000000004");
  static final UUID SEVERAL = UUID.fromString("dead0000-0000-4000-8000-000000000006");
  static final UUID AGREED = UUID.fromString("dead0000-0000-4000-8000-000000000007");
  static final UUID DECISION = UUID.fromString("5e7e0000-0000-4000-8000-000000000002");
  static final String DEPARTMENT = "光明区住房和建设局";
  static final String OVERDUE = "/api/cases/overdue?asOf=2023-06-30";
  static final String DUE_SOON = "/api/cases/due-soon?asOf=2023-06-30&within=7";

  @Value("${registry.kafka.bootstrap-servers}")
  String bootstrapServers;

  @Autowired TestRestTemplate anonymous;

  TestRestTemplate analyst;

  @Autowired
  void callAsAReader(TestRestTemplate anonymous) {
    analyst = Readers.of(anonymous);
  }

  @Test
  void everyRunningLimitIsListedFilteredScopedAndFollowsARetraction() {
    CaseStreams.createTopic(bootstrapServers, TOPIC);
    List<ProducerRecord<String, byte[]>> recorded = new ArrayList<>();
    recorded.addAll(
        records(
            registered(REPLY_OVERDUE, "P-REPLY", "GONGMING", LocalDate.of(2023, 3, 1)),
            new PetitionAcceptedEvent(
                id(REPLY_OVERDUE), step(1), LocalDate.of(2023, 3, 10), LocalDate.of(2023, 5, 9)),
            new PetitionAssignedEvent(
                id(REPLY_OVERDUE),
                step(2),
                LocalDate.of(2023, 3, 11),
                DEPARTMENT,
                LocalDate.of(2023, 4, 11))));
    recorded.addAll(
        records(registered(ACCEPTANCE_SOON, "P-ACCEPT", "MATIAN", LocalDate.of(2023, 6, 20))));
    recorded.addAll(
        records(
            received(DECIDED, "R-DECIDED", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 8)),
            new ReconsiderationAcceptedEvent(
                id(DECIDED),
                step(1),
                LocalDate.of(2023, 3, 3),
                Procedure.ORDINARY,
                false,
                LocalDate.of(2023, 5, 4),
                null),
            new ReconsiderationDecidedEvent(
                id(DECIDED), DECISION, LocalDate.of(2023, 4, 3), DecisionOutcome.UPHELD)));
    recorded.addAll(
        records(
            received(
                REVIEW_SOON, "R-REVIEW", LocalDate.of(2023, 6, 26), LocalDate.of(2023, 7, 3))));
    // Accepted 04-03: the copy to the respondent (due 04-12) and the decision (06-02) both overdue.
    recorded.addAll(
        records(
            received(SEVERAL, "R-SEVERAL", LocalDate.of(2023, 3, 30), LocalDate.of(2023, 4, 7)),
            new ReconsiderationAcceptedEvent(
                id(SEVERAL),
                step(1),
                LocalDate.of(2023, 4, 3),
                Procedure.ORDINARY,
                false,
                LocalDate.of(2023, 6, 2),
                LocalDate.of(2023, 4, 12))));
    // Agreed 06-05: the parties may apply for judicial confirmation until 07-05.
    recorded.addAll(
        records(
            new CommercialMediationApplicationReceivedEvent(
                id(AGREED),
                "C-AGREED",
                LocalDate.of(2023, 5, 29),
                "SCIENCE_CITY",
                MediationSource.PARTY,
                List.of(PartyOrigin.DOMESTIC, PartyOrigin.DOMESTIC),
                CommercialDisputeType.TRADE,
                new Money(new BigDecimal("100000.00"), "CNY"),
                "GONGMING",
                "SHANGCUN"),
            new CommercialMediationAcceptedEvent(id(AGREED), step(1), LocalDate.of(2023, 5, 30)),
            new CommercialMediationAgreementSignedEvent(
                id(AGREED),
                step(2),
                LocalDate.of(2023, 6, 5),
                new Money(new BigDecimal("80000.00"), "CNY"),
                "M-0042",
                LocalDate.of(2023, 7, 5))));
    CaseStreams.publish(bootstrapServers, recorded);
    await().atMost(Duration.ofSeconds(90)).until(() -> rows(analyst, DUE_SOON).size() == 3);
    await().atMost(Duration.ofSeconds(90)).until(() -> rows(analyst, OVERDUE).size() == 3);

    assertThat(rows(analyst, OVERDUE))
        .containsExactly(
            "P-REPLY REPLY 2023-05-09 52 信访工作条例 (2022) Art. 34",
            "R-SEVERAL COPY_TO_RESPONDENT 2023-04-12 79 行政复议法 (2017) Art. 23, Art. 40",
            "R-SEVERAL DECISION 2023-06-02 28 行政复议法 (2017) Art. 31");
    assertThat(rows(analyst, DUE_SOON))
        .containsExactly(
            "C-AGREED JUDICIAL_CONFIRMATION 2023-07-05 5 民事诉讼法 (2021) Art. 201",
            "P-ACCEPT ACCEPTANCE 2023-07-05 5 信访工作条例 (2022) Art. 29",
            "R-REVIEW REVIEW 2023-07-03 3 行政复议法 (2017) Art. 17, Art. 40");

    // The case list's filters, by the same names.
    assertThat(rows(analyst, DUE_SOON + "&street=MATIAN"))
        .containsExactly("P-ACCEPT ACCEPTANCE 2023-07-05 5 信访工作条例 (2022) Art. 29");
    assertThat(rows(analyst, DUE_SOON + "&organisation=RECONSIDERATION_OFFICE"))
        .containsExactly("R-REVIEW REVIEW 2023-07-03 3 行政复议法 (2017) Art. 17, Art. 40");
    assertThat(rows(analyst, DUE_SOON + "&caseType=petition")).hasSize(1);
    assertThat(rows(analyst, DUE_SOON + "&organisation=CENTRE:SCIENCE_CITY")).hasSize(1);
    assertThat(rows(analyst, OVERDUE + "&handler=" + DEPARTMENT)).hasSize(1);
    assertThat(rows(analyst, OVERDUE + "&caseType=reconsideration")).hasSize(2);
    assertThat(rows(analyst, OVERDUE + "&handler=光明区水务局")).isEmpty();
    assertThat(analyst.getForEntity(OVERDUE + "&handle=x", String.class).getStatusCode().value())
        .as("an unknown parameter")
        .isEqualTo(400);
    assertThat(analyst.getForEntity(OVERDUE + "&street=a;b", String.class).getStatusCode().value())
        .as("a street that is no code")
        .isEqualTo(400);

    // An officer sees only its organisation's cases, whatever it asks for.
    TestRestTemplate matian =
        Tokens.as(anonymous, Tokens.of("petition.ma", "STREET:MATIAN", "PETITION_OFFICER"));
    assertThat(rows(matian, DUE_SOON))
        .containsExactly("P-ACCEPT ACCEPTANCE 2023-07-05 5 信访工作条例 (2022) Art. 29");
    assertThat(rows(matian, OVERDUE + "&street=GONGMING")).isEmpty();

    // The decision retracted: its limit runs again, overdue since 05-04.
    List<ProducerRecord<String, byte[]>> retraction =
        List.of(
            record(
                3,
                new ReconsiderationStepRetractedEvent(
                    id(DECIDED),
                    step(9),
                    LocalDate.of(2023, 6, 1),
                    DECISION,
                    "误录入",
                    "director.zhao")));
    CaseStreams.publish(bootstrapServers, retraction);
    await().atMost(Duration.ofSeconds(90)).until(() -> rows(analyst, OVERDUE).size() == 4);
    TreeSet<String> overdue = rows(analyst, OVERDUE);
    assertThat(overdue).contains("R-DECIDED DECISION 2023-05-04 57 行政复议法 (2017) Art. 31");

    // Everything delivered again, then a sentinel: once it is listed, the repeats were consumed.
    List<ProducerRecord<String, byte[]>> again = new ArrayList<>(recorded);
    again.addAll(retraction);
    UUID sentinel = UUID.fromString("dead0000-0000-4000-8000-000000000005");
    again.addAll(records(registered(sentinel, "P-SENTINEL", "MATIAN", LocalDate.of(2023, 6, 21))));
    CaseStreams.publish(bootstrapServers, again);
    await().atMost(Duration.ofSeconds(90)).until(() -> rows(analyst, DUE_SOON).size() == 3 + 1);
    assertThat(rows(analyst, OVERDUE)).isEqualTo(overdue);

    String overdueBefore = analyst.getForObject(OVERDUE, String.class);
    String dueSoonBefore = analyst.getForObject(DUE_SOON, String.class);
    Rebuilds.rebuildAndWait(analyst);
    assertThat(analyst.getForObject(OVERDUE, String.class)).isEqualTo(overdueBefore);
    assertThat(analyst.getForObject(DUE_SOON, String.class)).isEqualTo(dueSoonBefore);
  }

  /** Each row as "number step dueOn days article". */
  private static TreeSet<String> rows(TestRestTemplate http, String url) {
    List<Map<String, Object>> rows =
        JsonPath.parse(http.getForObject(url, String.class)).read("$.rows");
    TreeSet<String> got = new TreeSet<>();
    rows.forEach(
        r ->
            got.add(
                r.get("caseNumber")
                    + " "
                    + r.get("step")
                    + " "
                    + r.get("dueOn")
                    + " "
                    + (r.containsKey("daysOverdue") ? r.get("daysOverdue") : r.get("daysLeft"))
                    + " "
                    + r.get("article")));
    return got;
  }

  private static PetitionRegisteredEvent registered(
      UUID id, String number, String street, LocalDate on) {
    return new PetitionRegisteredEvent(
        id(id),
        number,
        on,
        PetitionChannel.VISIT,
        1,
        false,
        false,
        street,
        "XIACUN",
        "HOUSING_AND_CONSTRUCTION",
        on.plusDays(15));
  }

  private static ReconsiderationApplicationReceivedEvent received(
      UUID id, String number, LocalDate on, LocalDate reviewDueOn) {
    return new ReconsiderationApplicationReceivedEvent(
        id(id),
        number,
        on,
        ApplicationChannel.ONLINE,
        "GONGMING",
        "SHANGCUN",
        "URBAN_MANAGEMENT",
        "光明区城市管理和综合执法局",
        List.of(ApplicantKind.PERSON),
        AdministrativeActKind.PENALTY,
        reviewDueOn);
  }

  private static CaseId id(UUID caseId) {
    return new CaseId(caseId);
  }

  private static UUID step(int n) {
    return UUID.fromString("5e7e0000-0000-4000-8000-%012d".formatted(n));
  }

  private static List<ProducerRecord<String, byte[]>> records(CaseEvent... history) {
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
    for (int sequence = 0; sequence < history.length; sequence++) {
      records.add(record(sequence, history[sequence]));
    }
    return records;
  }

  private static ProducerRecord<String, byte[]> record(long sequence, CaseEvent event) {
    EventEnvelope envelope =
        EventEnvelope.wrap(
            UUID.nameUUIDFromBytes((event.caseId() + "/" + sequence).getBytes()),
            sequence,
            event,
            Instant.parse("2023-06-30T02:00:00Z"),
            "officer.li",
            null);
    try {
      return new ProducerRecord<>(
          TOPIC, event.caseId().toString(), RegistryJson.mapper().writeValueAsBytes(envelope));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
