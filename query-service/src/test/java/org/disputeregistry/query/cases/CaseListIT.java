package org.disputeregistry.query.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.mediation.CommercialDisputeType;
import org.disputeregistry.events.mediation.CommercialMediationAcceptedEvent;
import org.disputeregistry.events.mediation.CommercialMediationApplicationReceivedEvent;
import org.disputeregistry.events.mediation.CommercialMediationMediatorAppointedEvent;
import org.disputeregistry.events.mediation.CommercialMediationNotAcceptedEvent;
import org.disputeregistry.events.mediation.CommercialMediationSessionHeldEvent;
import org.disputeregistry.events.mediation.MediationSource;
import org.disputeregistry.events.mediation.PartyOrigin;
import org.disputeregistry.events.mediation.SessionMode;
import org.disputeregistry.events.petition.PetitionAcceptedEvent;
import org.disputeregistry.events.petition.PetitionAssignedEvent;
import org.disputeregistry.events.petition.PetitionChannel;
import org.disputeregistry.events.petition.PetitionNotAcceptedEvent;
import org.disputeregistry.events.petition.PetitionRegisteredEvent;
import org.disputeregistry.events.reconsideration.ApplicationChannel;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionRequestedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationMediationAgreementEffectiveEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTimeLimitExtendedEvent;
import org.disputeregistry.query.support.CaseStreams;
import org.disputeregistry.query.support.Readers;
import org.disputeregistry.testsupport.Tokens;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Six cases of the three types through a real topic into the case summary: each row says where its
 * case stands; filters, sorting, paging, CSV, every bad parameter and the callers' scopes; events
 * delivered again change nothing.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "registry.kafka.topic=" + CaseListIT.TOPIC)
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseListIT {

  static final String TOPIC = "case-list-it";

  static final UUID R1 = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
  static final UUID R2 = UUID.fromString("00000000-0000-4000-8000-0000000000a2");
  static final UUID M1 = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
  static final UUID M2 = UUID.fromString("00000000-0000-4000-8000-0000000000b2");
  static final UUID P1 = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
  static final UUID P2 = UUID.fromString("00000000-0000-4000-8000-0000000000c2");

  TestRestTemplate anonymous;
  TestRestTemplate http;

  @Autowired
  void callAsAReader(TestRestTemplate anonymous) {
    this.anonymous = anonymous;
    this.http = Readers.of(anonymous);
  }

  @Value("${registry.kafka.bootstrap-servers}")
  String bootstrapServers;

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  List<ProducerRecord<String, byte[]>> records;

  @BeforeAll
  void publishCases() {
    records = CaseStreams.interleaved(TOPIC, histories(), new Random(13));
    CaseStreams.createTopic(bootstrapServers, TOPIC);
    CaseStreams.publish(bootstrapServers, records);
    awaitVersions(3 + 1 + 3 + 1 + 2 + 1);
  }

  @Test
  void everyCaseHasOneRowSayingWhereItStands() {
    String list = http.getForObject("/api/cases?sort=caseNumber", String.class);

    assertThat(JsonPath.<List<String>>read(list, "$.columns"))
        .containsExactly(
            "caseType",
            "caseId",
            "caseNumber",
            "state",
            "street",
            "community",
            "category",
            "organisation",
            "handler",
            "receivedOn",
            "acceptedOn",
            "closedOn",
            "outcome",
            "nextDueOn",
            "lastBusinessDate",
            "version");
    assertThat(JsonPath.<List<String>>read(list, "$.rows[*].caseNumber"))
        .containsExactly("C-M1", "C-M2", "C-P1", "C-P2", "C-R1", "C-R2");
    assertThat(row(list, R1))
        .containsEntry("caseType", "reconsideration")
        .containsEntry("state", "CLOSED")
        .containsEntry("organisation", "RECONSIDERATION_OFFICE")
        .containsEntry("acceptedOn", "2023-03-06")
        .containsEntry("closedOn", "2023-05-20")
        .containsEntry("outcome", "MEDIATION_AGREEMENT")
        .containsEntry("nextDueOn", null)
        .containsEntry("lastBusinessDate", "2023-05-20")
        .containsEntry("version", 3);
    assertThat(row(list, R2))
        .containsEntry("state", "AWAITING_CORRECTION")
        .containsEntry("nextDueOn", "2023-04-20")
        .containsEntry("closedOn", null)
        .containsEntry("version", 1);
    assertThat(row(list, M1))
        .containsEntry("caseType", "commercial-mediation")
        .containsEntry("state", "ACCEPTED")
        .containsEntry("category", "FINANCE")
        .containsEntry("organisation", "CENTRE:SCIENCE_CITY")
        .containsEntry("handler", "SCIENCE_CITY-M1")
        .containsEntry("lastBusinessDate", "2023-02-20")
        .containsEntry("version", 3);
    assertThat(row(list, M2))
        .containsEntry("state", "NOT_ACCEPTED")
        .containsEntry("organisation", "CENTRE:GONGMING_CHAMBER")
        .containsEntry("outcome", "NOT_ACCEPTED")
        .containsEntry("closedOn", "2023-02-03");
    assertThat(row(list, P1))
        .containsEntry("caseType", "petition")
        .containsEntry("state", "ACCEPTED")
        .containsEntry("organisation", "STREET:GUANGMING")
        .containsEntry("handler", "区住房和建设局")
        .containsEntry("nextDueOn", "2023-08-04")
        .containsEntry("version", 2);
    assertThat(row(list, P2))
        .containsEntry("state", "NOT_ACCEPTED")
        .containsEntry("organisation", "STREET:MATIAN")
        .containsEntry("nextDueOn", null);
  }

  @Test
  void filtersSelectAndSortOrders() {
    assertThat(numbers("")).containsExactly("C-P2", "C-P1", "C-R2", "C-R1", "C-M2", "C-M1");
    assertThat(numbers("sort=receivedOn,asc"))
        .containsExactly("C-M1", "C-M2", "C-R1", "C-R2", "C-P1", "C-P2");
    assertThat(numbers("numberPrefix=C-R&sort=caseNumber,desc")).containsExactly("C-R2", "C-R1");
    assertThat(numbers("numberPrefix=C_")).as("_ is no wildcard").isEmpty();
    assertThat(numbers("number=C-M2")).containsExactly("C-M2");
    assertThat(numbers("caseType=petition&sort=caseNumber")).containsExactly("C-P1", "C-P2");
    assertThat(numbers("state=NOT_ACCEPTED&sort=caseNumber")).containsExactly("C-M2", "C-P2");
    assertThat(numbers("street=GUANGMING&sort=caseNumber")).containsExactly("C-P1", "C-R1", "C-R2");
    assertThat(numbers("community=BIYAN&category=URBAN_MANAGEMENT&sort=caseNumber"))
        .containsExactly("C-R1", "C-R2");
    assertThat(numbers("organisation=CENTRE:SCIENCE_CITY")).containsExactly("C-M1");
    assertThat(numbers("handler=区住房和建设局")).containsExactly("C-P1");
    assertThat(numbers("receivedFrom=2023-03-01&receivedTo=2023-04-01&sort=caseNumber"))
        .containsExactly("C-R1", "C-R2");
    assertThat(numbers("closedFrom=2023-05-01&closedTo=2023-05-31")).containsExactly("C-R1");
    assertThat(numbers("open=true&sort=caseNumber")).containsExactly("C-M1", "C-P1", "C-R2");
    assertThat(numbers("open=false&sort=caseNumber")).containsExactly("C-M2", "C-P2", "C-R1");
    assertThat(numbers("sort=nextDueOn,asc")).startsWith("C-R2", "C-P1");
    assertThat(numbers("dueTo=2023-04-20")).containsExactly("C-R2");
    assertThat(numbers("dueFrom=2023-04-21&dueTo=2023-08-04")).containsExactly("C-P1");
    assertThat(numbers("dueFrom=2023-04-20&sort=nextDueOn")).containsExactly("C-R2", "C-P1");
  }

  /** A work queue's counts: the same filters, every page; within the caller's scope. */
  @Test
  void theCountIsTheWholeListsLength() {
    assertThat(count(http, "")).isEqualTo(6);
    assertThat(count(http, "open=true&size=1&page=3&sort=caseNumber")).isEqualTo(3);
    assertThat(count(http, "open=true&dueTo=2023-04-20")).isEqualTo(1);
    assertThat(count(http, "dueFrom=2023-04-21")).isEqualTo(1);
    TestRestTemplate officer = Tokens.as(anonymous, Tokens.forAccount("officer.li"));
    assertThat(count(officer, "")).isEqualTo(2);
    assertThat(count(officer, "caseType=petition")).isZero();
    TestRestTemplate noOrganisation = Tokens.as(anonymous, Tokens.of("m.x", null, "MEDIATOR"));
    assertThat(count(noOrganisation, "")).isZero();
    ResponseEntity<String> bad =
        http.getForEntity("/api/cases/count?dueTo=2023-13-01", String.class);
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(JsonPath.<List<String>>read(bad.getBody(), "$.errors[*].field"))
        .containsExactly("dueTo");
  }

  @Test
  void followingTheLinkToTheNextPageGivesTheWholeList() {
    List<String> paged = new ArrayList<>();
    String next = "/api/cases?sort=caseNumber&size=4";
    int pages = 0;
    while (next != null) {
      ResponseEntity<String> page = http.getForEntity(next, String.class);
      paged.addAll(JsonPath.<List<String>>read(page.getBody(), "$.rows[*].caseNumber"));
      String link = page.getHeaders().getFirst(HttpHeaders.LINK);
      next = link == null ? null : link.replaceFirst("^<([^>]*)>; rel=\"next\"$", "$1");
      pages++;
    }
    assertThat(pages).isEqualTo(2);
    assertThat(paged).isEqualTo(numbers("sort=caseNumber"));
  }

  @Test
  void theListIsAlsoCsv() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, "text/csv");
    ResponseEntity<String> csv =
        http.exchange(
            "/api/cases?caseType=reconsideration&sort=caseNumber",
            HttpMethod.GET,
            new HttpEntity<>(headers),
            String.class);

    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    String[] lines = csv.getBody().split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "\uFEFFcaseType,caseId,caseNumber,state,street,community,"
                + "category,organisation,handler,receivedOn,acceptedOn,closedOn,outcome,nextDueOn,"
                + "lastBusinessDate,version");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).startsWith("reconsideration," + R1 + ",C-R1,CLOSED,GUANGMING,BIYAN,");
  }

  @Test
  void everyBadParameterIsA400NamingIt() {
    Map<String, String[]> bad =
        Map.ofEntries(
            Map.entry("size=0", new String[] {"size", "OUT_OF_RANGE"}),
            Map.entry("size=1001", new String[] {"size", "OUT_OF_RANGE"}),
            Map.entry("page=-1", new String[] {"page", "OUT_OF_RANGE"}),
            Map.entry("page=x", new String[] {"page", "INVALID_QUERY"}),
            Map.entry("sort=name", new String[] {"sort", "INVALID_QUERY"}),
            Map.entry("sort=receivedOn,up", new String[] {"sort", "INVALID_QUERY"}),
            Map.entry("open=yes", new String[] {"open", "INVALID_QUERY"}),
            Map.entry("caseType=RECONSIDERATION", new String[] {"caseType", "INVALID_QUERY"}),
            Map.entry("receivedFrom=2023-02-30", new String[] {"receivedFrom", "INVALID_QUERY"}),
            Map.entry(
                "closedFrom=2023-02-01&closedTo=2023-01-01",
                new String[] {"closedTo", "INVALID_QUERY"}),
            Map.entry(
                "dueFrom=2023-02-01&dueTo=2023-01-01", new String[] {"dueTo", "INVALID_QUERY"}),
            Map.entry("state=closed", new String[] {"state", "INVALID_CHARACTERS"}),
            Map.entry("handler=", new String[] {"handler", "WRONG_LENGTH"}),
            Map.entry("colour=red", new String[] {"colour", "INVALID_QUERY"}),
            Map.entry("year=2023", new String[] {"year", "INVALID_QUERY"}),
            Map.entry("figure=closed&year=2023", new String[] {"caseType", "INVALID_QUERY"}),
            Map.entry(
                "caseType=reconsideration&figure=closed", new String[] {"from", "INVALID_QUERY"}),
            Map.entry(
                "caseType=reconsideration&figure=mediationRate&year=2023",
                new String[] {"figure", "INVALID_QUERY"}),
            Map.entry(
                "caseType=reconsideration&figure=closed&year=2023&centre=SCIENCE_CITY",
                new String[] {"centre", "INVALID_QUERY"}),
            Map.entry(
                "caseType=petition&figure=accepted&year=2023&asOf=2022-12-31",
                new String[] {"asOf", "INVALID_QUERY"}));
    bad.forEach(
        (query, expected) -> {
          ResponseEntity<String> answer = http.getForEntity("/api/cases?" + query, String.class);
          assertThat(answer.getStatusCode().value())
              .as(query + ": " + answer.getBody())
              .isEqualTo(400);
          assertThat(JsonPath.<List<String>>read(answer.getBody(), "$.errors[*].field"))
              .as(query)
              .containsExactly(expected[0]);
          assertThat(JsonPath.<String>read(answer.getBody(), "$.code"))
              .as(query)
              .isEqualTo(expected[1]);
        });
  }

  @Test
  void officersAndMediatorsSeeOnlyTheirOrganisationsCasesWhateverTheyAsk() {
    assertThat(numbersAs("officer.li", "")).containsExactly("C-R2", "C-R1");
    assertThat(numbersAs("mediator.chen", "")).containsExactly("C-M1");
    assertThat(numbersAs("mediator.chen", "organisation=CENTRE:GONGMING_CHAMBER")).isEmpty();
    assertThat(numbersAs("mediator.zhao", "caseType=commercial-mediation")).containsExactly("C-M2");
    assertThat(numbersAs("mediator.sun", "")).isEmpty();
    assertThat(numbersAs("petition.wang", "")).containsExactly("C-P1");
    assertThat(numbersAs("petition.zhou", "")).containsExactly("C-P2", "C-P1");
    assertThat(numbersAs("analyst.liu", "")).hasSize(6);
    // A drill-down lists the figure's cases within the caller's scope too.
    assertThat(
            numbersAs(
                "mediator.chen",
                "caseType=commercial-mediation&figure=received&from=2023-01-01&to=2023-12-31"))
        .containsExactly("C-M1");
    TestRestTemplate noOrganisation = Tokens.as(anonymous, Tokens.of("m.x", null, "MEDIATOR"));
    assertThat(
            JsonPath.<List<Object>>read(
                noOrganisation.getForObject("/api/cases", String.class), "$.rows"))
        .isEmpty();
    ResponseEntity<String> reports =
        Tokens.as(anonymous, Tokens.forAccount("report-generator"))
            .getForEntity("/api/cases", String.class);
    assertThat(reports.getStatusCode().value()).isEqualTo(403);
  }

  /**
   * A database that held cases before the summary came gets their rows from the case tables, as far
   * as those tell: here they cannot tell a correction requested (R2 shows as received, without its
   * correction due date), a petition's department (P1), nor the dates of steps they do not keep
   * (M1's mediator appointment and session: its last business date is its acceptance).
   */
  @Test
  void theMigrationFillsTheRowsOfCasesThatWereThereAsFarAsTheCaseTablesTell() throws IOException {
    String migration;
    try (InputStream sql = getClass().getResourceAsStream("/db/migration/V40__case_summary.sql")) {
      migration = new String(sql.readAllBytes(), StandardCharsets.UTF_8);
    }
    String fill = migration.substring(migration.indexOf("INSERT INTO case_summary"));
    String columns =
        "case_id, case_type, case_number, state, street, community, category, organisation,"
            + " handler, received_on, accepted_on, closed_on, outcome, next_due_on,"
            + " last_business_date, version";
    transactions.executeWithoutResult(
        status -> {
          List<Map<String, Object>> projected =
              jdbc.queryForList("SELECT " + columns + " FROM case_summary ORDER BY case_id");
          jdbc.update("DELETE FROM case_summary");
          jdbc.execute(fill);
          List<Map<String, Object>> filled =
              jdbc.queryForList("SELECT " + columns + " FROM case_summary ORDER BY case_id");
          status.setRollbackOnly();

          assertThat(filled).hasSameSizeAs(projected);
          for (int i = 0; i < projected.size(); i++) {
            Map<String, Object> expected = new java.util.HashMap<>(projected.get(i));
            Object caseId = expected.get("case_id");
            if (caseId.equals(R2)) {
              expected.put("state", "RECEIVED");
              expected.put("next_due_on", null);
              expected.put("last_business_date", java.sql.Date.valueOf("2023-04-01"));
            } else if (caseId.equals(P1)) {
              expected.put("handler", null);
            } else if (caseId.equals(M1)) {
              expected.put("last_business_date", java.sql.Date.valueOf("2023-02-03"));
            }
            assertThat(filled.get(i)).as("case " + caseId).isEqualTo(expected);
          }
        });
  }

  /** Last: it adds a case that the other tests do not expect. */
  @Test
  @Order(Integer.MAX_VALUE)
  void everyEventDeliveredAgainChangesNothing() {
    String before = http.getForObject("/api/cases?sort=caseId", String.class);
    CaseStreams.publish(bootstrapServers, records);
    // A case published after the repeats: once it is listed, every repeat was consumed.
    UUID sentinel = UUID.fromString("00000000-0000-4000-8000-0000000000ff");
    CaseStreams.publish(
        bootstrapServers,
        CaseStreams.interleaved(
            TOPIC,
            List.of(List.of(petition(sentinel, "C-S", "YUTANG", LocalDate.of(2019, 1, 2)))),
            new Random(1)));
    await().atMost(Duration.ofMinutes(1)).until(() -> !numbers("number=C-S").isEmpty());

    assertThat(http.getForObject("/api/cases?sort=caseId&receivedFrom=2020-01-01", String.class))
        .isEqualTo(before);
  }

  private static List<List<CaseEvent>> histories() {
    CaseId r1 = new CaseId(R1);
    CaseId r2 = new CaseId(R2);
    CaseId m1 = new CaseId(M1);
    CaseId m2 = new CaseId(M2);
    CaseId p1 = new CaseId(P1);
    return List.of(
        List.of(
            reconsideration(R1, "C-R1", LocalDate.of(2023, 3, 1)),
            new ReconsiderationAcceptedEvent(
                r1,
                step(),
                LocalDate.of(2023, 3, 6),
                Procedure.ORDINARY,
                false,
                day(2023, 5, 5),
                null),
            new ReconsiderationTimeLimitExtendedEvent(
                r1, step(), day(2023, 4, 30), 30, day(2023, 6, 4), "director.zhao", "案情复杂"),
            new ReconsiderationMediationAgreementEffectiveEvent(r1, step(), day(2023, 5, 20))),
        List.of(
            reconsideration(R2, "C-R2", LocalDate.of(2023, 4, 1)),
            new ReconsiderationCorrectionRequestedEvent(
                r2, step(), day(2023, 4, 3), "signature", day(2023, 4, 20))),
        List.of(
            mediation(M1, "C-M1", "SCIENCE_CITY", LocalDate.of(2023, 2, 1)),
            new CommercialMediationAcceptedEvent(m1, step(), day(2023, 2, 3)),
            new CommercialMediationMediatorAppointedEvent(
                m1, step(), day(2023, 2, 5), "SCIENCE_CITY-M1"),
            new CommercialMediationSessionHeldEvent(
                m1, step(), day(2023, 2, 20), SessionMode.IN_PERSON, "SCIENCE_CITY-M1")),
        List.of(
            mediation(M2, "C-M2", "GONGMING_CHAMBER", LocalDate.of(2023, 2, 2)),
            new CommercialMediationNotAcceptedEvent(m2, step(), day(2023, 2, 3), "out of scope")),
        List.of(
            petition(P1, "C-P1", "GUANGMING", LocalDate.of(2023, 6, 1)),
            new PetitionAcceptedEvent(p1, step(), day(2023, 6, 5), day(2023, 8, 4)),
            new PetitionAssignedEvent(p1, step(), day(2023, 6, 6), "区住房和建设局", day(2023, 7, 6))),
        List.of(
            petition(P2, "C-P2", "MATIAN", LocalDate.of(2023, 6, 2)),
            new PetitionNotAcceptedEvent(new CaseId(P2), step(), day(2023, 6, 9), "not ours")));
  }

  private static CaseEvent reconsideration(UUID id, String number, LocalDate on) {
    return new ReconsiderationApplicationReceivedEvent(
        new CaseId(id),
        number,
        on,
        ApplicationChannel.ONLINE,
        "GUANGMING",
        "BIYAN",
        "URBAN_MANAGEMENT",
        "光明区城市管理和综合执法局",
        null,
        null,
        on.plusDays(7));
  }

  private static CaseEvent mediation(UUID id, String number, String centre, LocalDate on) {
    return new CommercialMediationApplicationReceivedEvent(
        new CaseId(id),
        number,
        on,
        centre,
        MediationSource.PARTY,
        List.of(PartyOrigin.DOMESTIC, PartyOrigin.DOMESTIC),
        CommercialDisputeType.FINANCE,
        new Money(new BigDecimal("1000.00"), "CNY"),
        "FENGHUANG",
        "FENGHUANG");
  }

  private static CaseEvent petition(UUID id, String number, String street, LocalDate on) {
    return new PetitionRegisteredEvent(
        new CaseId(id),
        number,
        on,
        PetitionChannel.VISIT,
        1,
        false,
        false,
        street,
        "X",
        "HUMAN_RESOURCES",
        on.plusDays(15));
  }

  private static UUID step() {
    return UUID.randomUUID();
  }

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private void awaitVersions(int sum) {
    await()
        .atMost(Duration.ofMinutes(1))
        .until(
            () ->
                JsonPath.<List<Integer>>read(
                            http.getForObject("/api/cases", String.class), "$.rows[*].version")
                        .stream()
                        .mapToInt(Integer::intValue)
                        .sum()
                    == sum);
  }

  private List<String> numbers(String query) {
    return numbers(http, query);
  }

  private List<String> numbersAs(String account, String query) {
    return numbers(Tokens.as(anonymous, Tokens.forAccount(account)), query);
  }

  private static List<String> numbers(TestRestTemplate client, String query) {
    ResponseEntity<String> answer = client.getForEntity("/api/cases?" + query, String.class);
    assertThat(answer.getStatusCode().value()).as(query + ": " + answer.getBody()).isEqualTo(200);
    return JsonPath.read(answer.getBody(), "$.rows[*].caseNumber");
  }

  private static long count(TestRestTemplate client, String query) {
    ResponseEntity<String> answer = client.getForEntity("/api/cases/count?" + query, String.class);
    assertThat(answer.getStatusCode().value()).as(query + ": " + answer.getBody()).isEqualTo(200);
    return JsonPath.<Number>read(answer.getBody(), "$.cases").longValue();
  }

  private static Map<String, Object> row(String list, UUID caseId) {
    List<Map<String, Object>> rows = JsonPath.read(list, "$.rows[?(@.caseId == '" + caseId + "')]");
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }
}
