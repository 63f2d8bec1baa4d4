package org.disputeregistry.query.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputeregistry.query.support.StatisticsAnswers.awaitAllTime;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.ReferenceData;
import org.disputeregistry.events.petition.PetitionAcceptedEvent;
import org.disputeregistry.events.petition.PetitionAssignedEvent;
import org.disputeregistry.events.petition.PetitionChannel;
import org.disputeregistry.events.petition.PetitionRegisteredEvent;
import org.disputeregistry.events.reconsideration.AdministrativeActKind;
import org.disputeregistry.events.reconsideration.ApplicantKind;
import org.disputeregistry.events.reconsideration.ApplicationChannel;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.query.support.CaseStreams;
import org.disputeregistry.query.support.Readers;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Texts the directories do not know are an explicit UNMAPPED row and listed with their case counts;
 * once the reference data names them as aliases, reading the stored texts again moves their cases
 * to the agency or department they name.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "registry.kafka.topic=" + UnmappedNamesIT.TOPIC,
      "registry.statistics.min-cell-count=0"
    })
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnmappedNamesIT {

  static final String TOPIC = "unmapped-names-it";
  static final String UNKNOWN_AGENCY = "光明区城管执法大队";
  static final String UNKNOWN_DEPARTMENT = "区房屋租赁管理所";
  static final LocalDate DAY = LocalDate.of(2023, 5, 8);

  TestRestTemplate http;

  @Autowired
  void callAsAReader(TestRestTemplate anonymous) {
    http = Readers.of(anonymous);
  }

  @Autowired JdbcTemplate jdbc;

  @Value("${registry.kafka.bootstrap-servers}")
  String bootstrapServers;

  @BeforeAll
  void publish() {
    List<List<CaseEvent>> cases = new ArrayList<>();
    cases.add(reconsideration(1, UNKNOWN_AGENCY));
    cases.add(reconsideration(2, " " + UNKNOWN_AGENCY));
    cases.add(reconsideration(3, "光明区城管局"));
    cases.add(petition(4, UNKNOWN_DEPARTMENT));
    cases.add(petition(5, "光明区住房和建设局"));
    CaseStreams.createTopic(bootstrapServers, TOPIC);
    CaseStreams.publish(bootstrapServers, CaseStreams.interleaved(TOPIC, cases, new Random(7)));
    awaitAllTime(http, "/api/statistics/reconsiderations", "received", 3);
    awaitAllTime(http, "/api/statistics/petitions", "registered", 2);
  }

  @Test
  void unknownTextsAreOneRowListedWithTheirCountsThenMovedByAnAlias() {
    assertThat(rows("reconsiderations", "respondent"))
        .isEqualTo(Map.of("GM_URBAN_MANAGEMENT", 1L, "UNMAPPED", 2L));
    assertThat(rows("reconsiderations", "respondentLevel"))
        .isEqualTo(Map.of("DISTRICT", 1L, "UNMAPPED", 2L));
    assertThat(rows("petitions", "department"))
        .isEqualTo(Map.of("HOUSING_AND_CONSTRUCTION", 1L, "UNMAPPED", 1L));
    DocumentContext unmapped = unmapped();
    // Each text as typed; an alias of one covers both, as the directory ignores white space.
    assertThat(unmapped.<List<Object>>read("$.respondentAgencies[*].cases")).hasSize(2);
    assertThat(unmapped.<List<Object>>read("$.respondentAgencies[*].text"))
        .containsExactlyInAnyOrder(UNKNOWN_AGENCY, " " + UNKNOWN_AGENCY);
    assertThat(unmapped.<List<Object>>read("$.petitionDepartments[*].text"))
        .containsExactly(UNKNOWN_DEPARTMENT);
    assertThat(unmapped.<List<Object>>read("$.petitionDepartments[*].cases")).containsExactly(1);

    new DirectoryRemapping(jdbc, new Directories(withAliases())).run(null);

    assertThat(rows("reconsiderations", "respondent")).isEqualTo(Map.of("GM_URBAN_MANAGEMENT", 3L));
    assertThat(rows("reconsiderations", "respondentLevel")).isEqualTo(Map.of("DISTRICT", 3L));
    assertThat(rows("petitions", "department")).isEqualTo(Map.of("HOUSING_AND_CONSTRUCTION", 2L));
    assertThat(unmapped().<List<Object>>read("$.respondentAgencies")).isEmpty();
    assertThat(unmapped().<List<Object>>read("$.petitionDepartments")).isEmpty();
  }

  /** The default reference data with the two unknown texts added as aliases. */
  private static ReferenceData withAliases() {
    ReferenceData data = ReferenceData.defaults();
    List<ReferenceData.Agency> agencies =
        data.respondentAgencies().stream()
            .map(
                a ->
                    a.code().equals("GM_URBAN_MANAGEMENT")
                        ? new ReferenceData.Agency(
                            a.code(), a.zh(), a.en(), a.level(), plus(a.aliases(), UNKNOWN_AGENCY))
                        : a)
            .toList();
    List<ReferenceData.Department> departments =
        data.petitionDepartments().stream()
            .map(
                d ->
                    d.code().equals("HOUSING_AND_CONSTRUCTION")
                        ? new ReferenceData.Department(
                            d.code(), d.zh(), d.en(), plus(d.aliases(), UNKNOWN_DEPARTMENT))
                        : d)
            .toList();
    return new ReferenceData(
        data.district(),
        data.streets(),
        data.categories(),
        data.mediationCentres(),
        agencies,
        departments);
  }

  private static List<String> plus(List<String> list, String one) {
    List<String> more = new ArrayList<>(list);
    more.add(one);
    return more;
  }

  private Map<String, Long> rows(String caseType, String by) {
    String first = caseType.equals("petitions") ? "registered" : "received";
    List<Map<String, Object>> rows =
        JsonPath.parse(
                http.getForObject(
                    "/api/statistics/" + caseType + "/breakdown?year=2023&by=" + by, String.class))
            .read("$.rows");
    Map<String, Long> counts = new TreeMap<>();
    rows.forEach(r -> counts.put((String) r.get(by), ((Number) r.get(first)).longValue()));
    return counts;
  }

  private DocumentContext unmapped() {
    return JsonPath.parse(http.getForObject("/api/reference-data/unmapped", String.class));
  }

  private static List<CaseEvent> reconsideration(int n, String agency) {
    CaseId id = new CaseId(new UUID(0x4000L, n));
    return List.of(
        new ReconsiderationApplicationReceivedEvent(
            id,
            "R-" + n,
            DAY,
            ApplicationChannel.values()[0],
            "GUANGMING",
            "BIYAN",
            "URBAN_MANAGEMENT",
            agency,
            List.of(ApplicantKind.PERSON),
            AdministrativeActKind.PENALTY,
            DAY.plusDays(5)));
  }

  private static List<CaseEvent> petition(int n, String department) {
    CaseId id = new CaseId(new UUID(0x4000L, n));
    return List.of(
        new PetitionRegisteredEvent(
            id,
            "P-" + n,
            DAY,
            PetitionChannel.values()[0],
            1,
            false,
            false,
            "GUANGMING",
            "BIYAN",
            "HOUSING_AND_CONSTRUCTION",
            DAY.plusDays(15)),
        new PetitionAcceptedEvent(
            id, new UUID(0x4000L, 100 + n), DAY.plusDays(1), DAY.plusDays(61)),
        new PetitionAssignedEvent(
            id, new UUID(0x4000L, 200 + n), DAY.plusDays(2), department, DAY.plusDays(32)));
  }
}
