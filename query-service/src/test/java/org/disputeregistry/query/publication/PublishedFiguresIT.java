package org.disputeregistry.query.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.reconsideration.ApplicationChannel;
import org.disputeregistry.events.reconsideration.DecisionOutcome;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDecidedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationMediationAgreementEffectiveEvent;
import org.disputeregistry.events.servicecontact.ServiceContact;
import org.disputeregistry.events.servicecontact.ServiceContactDayOpenedEvent;
import org.disputeregistry.events.servicecontact.ServiceContactKind;
import org.disputeregistry.events.servicecontact.ServiceContactsLoggedEvent;
import org.disputeregistry.query.support.Readers;
import org.disputeregistry.query.support.Rebuilds;
import org.disputeregistry.query.support.TestTopic;
import org.disputeregistry.testsupport.TestInfrastructure;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A year published, then a late back-fill (a case of that year recorded afterwards, a day of
 * service contacts) and a late step of a published case: the published report stays as it was, the
 * live one differs by exactly what the list of changes says case by case; publishing again makes
 * version 2 beside an unchanged version 1; a rebuild of the read models changes neither the
 * versions nor the list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedFiguresIT {

  static final TestTopic TOPIC = TestTopic.create("published-figures");

  @DynamicPropertySource
  static void topic(DynamicPropertyRegistry registry) {
    registry.add("registry.kafka.topic", TOPIC::name);
    registry.add(
        "spring.kafka.consumer.group-id", () -> TestInfrastructure.get().uniqueName("published"));
    // Exact figures of a handful of cases; the yearly totals are never suppressed anyway.
    registry.add("registry.statistics.min-cell-count", () -> "0");
  }

  static final UUID OPEN_CASE = UUID.fromString("0b1a0000-0000-4000-8000-000000000001");
  static final UUID LATE_CASE = UUID.fromString("0b1a0000-0000-4000-8000-0000000000ff");
  static final UUID CONTACT_DAY = UUID.fromString("0b1a0000-0000-4000-8000-0000000000cc");

  TestRestTemplate http;

  @Autowired
  void callAsAnAdmin(TestRestTemplate anonymous) {
    http = Readers.of(anonymous);
  }

  @Autowired JdbcTemplate jdbc;

  @AfterAll
  void closeTopic() {
    TOPIC.close();
  }

  @Test
  void aLateBackFillLeavesThePublishedReportAsItWasAndIsListedAsAChange() {
    // 2023: six cases closed (three mediated), one accepted and still open.
    for (int n = 0; n < 6; n++) {
      UUID id = UUID.fromString("0b1a0000-0000-4000-8000-00000000001" + n);
      LocalDate received = LocalDate.of(2023, 2 + n, 3);
      publish(
          id,
          0,
          received(id, "光明复〔2023〕" + (10 + n) + "号", received, "GUANGMING"),
          accepted(id, received.plusDays(2)),
          n < 3
              ? new ReconsiderationMediationAgreementEffectiveEvent(
                  new CaseId(id), UUID.randomUUID(), received.plusDays(40))
              : new ReconsiderationDecidedEvent(
                  new CaseId(id),
                  UUID.randomUUID(),
                  received.plusDays(50),
                  DecisionOutcome.UPHELD));
    }
    LocalDate openReceived = LocalDate.of(2023, 9, 1);
    publish(
        OPEN_CASE,
        0,
        received(OPEN_CASE, "光明复〔2023〕30号", openReceived, "MATIAN"),
        accepted(OPEN_CASE, openReceived.plusDays(3)));
    awaitLive("$.reconsideration.received", 7);

    ResponseEntity<String> first = http.postForEntity("/api/publications/2023", null, String.class);
    assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
    assertThat(first.getHeaders().getLocation()).hasToString("/api/publications/2023/versions/1");
    assertThat(read(first.getBody(), "$.version", Integer.class)).isEqualTo(1);
    String publishedReport = report("");
    String publishedTotals = totals("published");
    assertThat(publishedReport)
        .contains("审结6宗,调解复议案件3宗,调解率达50.00%")
        .contains("本节采用已公布的2023年统计数据第1版");
    assertThat(read(publishedTotals, "$.source.kind", String.class)).isEqualTo("PUBLISHED");

    // Recorded after publication: a new case of 2023 (back-filled), and the open case's decision.
    UUID lateStep = UUID.randomUUID();
    publish(
        LATE_CASE,
        0,
        received(LATE_CASE, "光明复〔2023〕99号", LocalDate.of(2023, 5, 10), "XINHU"),
        accepted(LATE_CASE, LocalDate.of(2023, 5, 12)),
        new ReconsiderationMediationAgreementEffectiveEvent(
            new CaseId(LATE_CASE), lateStep, LocalDate.of(2023, 6, 20)));
    publish(
        OPEN_CASE,
        2,
        new ReconsiderationDecidedEvent(
            new CaseId(OPEN_CASE),
            UUID.randomUUID(),
            LocalDate.of(2023, 11, 30),
            DecisionOutcome.REVOKED));
    // And a day of service contacts at a street hall, logged late: 12 more person-times.
    publish(
        CONTACT_DAY,
        0,
        new ServiceContactDayOpenedEvent(
            new CaseId(CONTACT_DAY), "光明街道党群服务中心", "GUANGMING", "BIYAN", LocalDate.of(2023, 7, 3)),
        new ServiceContactsLoggedEvent(
            new CaseId(CONTACT_DAY),
            UUID.randomUUID(),
            LocalDate.of(2023, 7, 3),
            List.of(new ServiceContact(ServiceContactKind.values()[0], 12, null)),
            12));
    awaitLive("$.reconsideration.closed", 8);
    awaitLive("$.petitions.personTimesServed", 12);

    assertThat(report("")).as("the published report").isEqualTo(publishedReport);
    assertThat(totals("published")).isEqualTo(publishedTotals);
    String live = report("&figures=live");
    assertThat(live).contains("审结8宗,调解复议案件4宗,调解率达50.00%").contains("本节采用实时数据(已公布的最新版本为第1版)");

    // The live figures differ from the published ones by exactly the changes listed.
    DocumentContext was = JsonPath.parse(publishedTotals);
    DocumentContext is = JsonPath.parse(totals("live"));
    DocumentContext changes = JsonPath.parse(get("/api/publications/2023/changes"));
    assertThat(changes.read("$.version", Integer.class)).isEqualTo(1);
    assertThat(changes.read("$.total", Integer.class)).isEqualTo(3);
    assertThat(changes.read("$.cases[*].caseNumber", List.class))
        .containsExactly("光明复〔2023〕30号", "光明复〔2023〕99号", null);
    assertThat(changesOf(changes, 2)).containsExactly(Map.entry("personTimesServed", 12));
    assertThat(
            is.read("$.petitions.personTimesServed", Integer.class)
                - was.read("$.petitions.personTimesServed", Integer.class))
        .isEqualTo(12);
    assertThat(changes.read("$.cases[1].caseId", String.class)).isEqualTo(LATE_CASE.toString());
    Map<String, Integer> late = changesOf(changes, 1);
    Map<String, Integer> open = changesOf(changes, 0);
    assertThat(late)
        .containsEntry("received", 1)
        .containsEntry("accepted", 1)
        .containsEntry("closed", 1)
        .containsEntry("mediated", 1)
        .containsEntry("mediationRate.numerator", 1)
        .containsEntry("mediationRate.denominator", 1)
        .containsEntry("closedByOutcome.MEDIATION_AGREEMENT", 1)
        .doesNotContainKey("openAtEnd");
    assertThat(open)
        .containsEntry("closed", 1)
        .containsEntry("openAtEnd", -1)
        .containsEntry("correctionRate.numerator", 1)
        .containsEntry("mediationRate.denominator", 1)
        .doesNotContainKey("received");
    for (String figure : List.of("received", "accepted", "closed", "mediated", "openAtEnd")) {
      assertThat(
              is.read("$.reconsideration." + figure, Integer.class)
                  - was.read("$.reconsideration." + figure, Integer.class))
          .as(figure)
          .isEqualTo(late.getOrDefault(figure, 0) + open.getOrDefault(figure, 0));
    }
    for (String part : List.of("numerator", "denominator")) {
      String path = "$.reconsideration.mediationRate." + part;
      assertThat(is.read(path, Integer.class) - was.read(path, Integer.class))
          .isEqualTo(
              late.getOrDefault("mediationRate." + part, 0)
                  + open.getOrDefault("mediationRate." + part, 0));
    }
    List<Object> listed = changes.read("$.cases");

    // Publishing again appends version 2; version 1 stays exactly as it was.
    ResponseEntity<String> second =
        http.postForEntity("/api/publications/2023", null, String.class);
    assertThat(read(second.getBody(), "$.version", Integer.class)).isEqualTo(2);
    String version1 = get("/api/publications/2023/versions/1");
    assertThat(read(version1, "$.current", Boolean.class)).isFalse();
    assertThat(JsonPath.parse(version1).read("$.totals.reconsideration", Map.class))
        .isEqualTo(was.read("$.reconsideration", Map.class));
    assertThat(
            read(
                get("/api/publications/2023/versions/2"),
                "$.totals.reconsideration.closed",
                Integer.class))
        .isEqualTo(8);
    assertThat(read(get("/api/publications/2023/changes"), "$.total", Integer.class)).isZero();
    assertThat(changesSinceVersion1()).isEqualTo(listed);
    assertThat(read(get("/api/publications/2023"), "$.versions[*].version", List.class))
        .containsExactly(2, 1);
    assertThat(report("")).contains("本节采用已公布的2023年统计数据第2版");
    assertThatThrownBy(
            () ->
                jdbc.update("UPDATE publication.snapshot SET published_by = 'x' WHERE version = 1"))
        .rootCause()
        .hasMessageContaining("published figures are never changed");
    assertThatThrownBy(() -> jdbc.update("DELETE FROM publication.contribution"))
        .rootCause()
        .hasMessageContaining("published figures are never changed");

    // A rebuild of the read models: the same versions, the same changes.
    Rebuilds.rebuildAndWait(http);
    assertThat(get("/api/publications/2023/versions/1")).isEqualTo(version1);
    assertThat(changesSinceVersion1()).isEqualTo(listed);
    assertThat(read(get("/api/publications/2023/changes"), "$.total", Integer.class)).isZero();
  }

  @Test
  void anUnpublishedYearOrVersionIsNotFoundAndTheReportSaysItsFiguresAreLive() {
    assertProblem("/api/publications/2019/changes", 404, "PUBLICATION_NOT_FOUND");
    assertProblem("/api/publications/2023/versions/99", 404, "PUBLICATION_NOT_FOUND");
    assertProblem("/api/publications/20x3", 400, "INVALID_QUERY");
    assertProblem("/api/publications/2023/changes?size=1001", 400, null);
    assertProblem("/api/reports/annual/2019?figures=latest", 400, "INVALID_QUERY");
    assertThat(
            http.postForEntity("/api/publications/2999", null, String.class)
                .getStatusCode()
                .value())
        .isEqualTo(400);
    assertThat(report("2019", "")).contains("本节采用实时数据:2019年统计数据尚未公布");
    assertThat(read(get("/api/publications/2019"), "$.versions", List.class)).isEmpty();
  }

  private List<Object> changesSinceVersion1() {
    return JsonPath.parse(get("/api/publications/2023/changes?version=1")).read("$.cases");
  }

  private void assertProblem(String url, int status, String code) {
    ResponseEntity<String> answer = http.getForEntity(url, String.class);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
    if (code != null) {
      assertThat(read(answer.getBody(), "$.code", String.class)).isEqualTo(code);
    }
  }

  private static Map<String, Integer> changesOf(DocumentContext changes, int index) {
    List<Map<String, Object>> listed = changes.read("$.cases[" + index + "].changes");
    Map<String, Integer> byFigure = new java.util.LinkedHashMap<>();
    for (Map<String, Object> change : listed) {
      assertThat(change.get("breakdown")).isNull();
      byFigure.put((String) change.get("figure"), ((Number) change.get("change")).intValue());
    }
    return byFigure;
  }

  private String report(String query) {
    return report("2023", query);
  }

  private String report(String year, String query) {
    return get("/api/reports/annual/" + year + "?format=md" + query);
  }

  private String totals(String figures) {
    return get("/api/statistics/totals?year=2023&figures=" + figures);
  }

  private String get(String url) {
    ResponseEntity<String> answer = http.getForEntity(url, String.class);
    assertThat(answer.getStatusCode().value()).as(url + ": " + answer.getBody()).isEqualTo(200);
    return answer.getBody();
  }

  private void awaitLive(String path, int expected) {
    await(path)
        .atMost(Duration.ofMinutes(1))
        .until(() -> JsonPath.<Integer>read(totals("live"), path) == expected);
  }

  private static <T> T read(String json, String path, Class<T> type) {
    return JsonPath.parse(json).read(path, type);
  }

  private static void publish(UUID caseId, int firstSequence, CaseEvent... events) {
    List<CaseEvent> list = new ArrayList<>(List.of(events));
    for (int i = 0; i < list.size(); i++) {
      int sequence = firstSequence + i;
      TOPIC.publish(
          EventEnvelope.wrap(
              UUID.nameUUIDFromBytes((caseId + "/" + sequence).getBytes()),
              sequence,
              list.get(i),
              Instant.parse("2024-03-01T00:00:00Z"),
              "it",
              "DISTRICT"));
    }
  }

  private static CaseEvent received(UUID id, String number, LocalDate on, String street) {
    return new ReconsiderationApplicationReceivedEvent(
        new CaseId(id),
        number,
        on,
        ApplicationChannel.ONLINE,
        street,
        "GUANGMING".equals(street) ? "BIYAN" : "MATIAN".equals(street) ? "JIANGSHI" : "LOUCUN",
        "URBAN_MANAGEMENT",
        "光明区城市管理和综合执法局");
  }

  private static CaseEvent accepted(UUID id, LocalDate on) {
    return new ReconsiderationAcceptedEvent(
        new CaseId(id), UUID.randomUUID(), on, Procedure.ORDINARY, false, on.plusDays(60), null);
  }
}
