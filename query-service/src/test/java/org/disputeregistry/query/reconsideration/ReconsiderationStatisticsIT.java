package org.disputeregistry.query.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputeregistry.query.support.CaseStreams.mean;
import static org.disputeregistry.query.support.CaseStreams.median;
import static org.disputeregistry.query.support.CaseStreams.plain;
import static org.disputeregistry.query.support.CaseStreams.rate;
import static org.disputeregistry.query.support.StatisticsAnswers.awaitAllTime;
import static org.disputeregistry.query.support.StatisticsAnswers.count;
import static org.disputeregistry.query.support.StatisticsAnswers.counts;
import static org.disputeregistry.query.support.StatisticsAnswers.figures;
import static org.disputeregistry.query.support.StatisticsAnswers.in;
import static org.disputeregistry.query.support.StatisticsAnswers.rates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.disputeregistry.events.Labels;
import org.disputeregistry.events.Unclassified;
import org.disputeregistry.events.reconsideration.ApplicantKind;
import org.disputeregistry.events.reconsideration.RespondentLevel;
import org.disputeregistry.query.reconsideration.ReconsiderationHistories.Facts;
import org.disputeregistry.query.reconsideration.ReconsiderationHistories.Filed;
import org.disputeregistry.query.reconsideration.ReconsiderationHistories.History;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.web.Xlsx;
import org.disputeregistry.query.support.CaseStreams;
import org.disputeregistry.query.support.CountedBreakdowns;
import org.disputeregistry.query.support.DrillDowns;
import org.disputeregistry.query.support.Readers;
import org.disputeregistry.query.support.Rebuilds;
import org.disputeregistry.query.support.Workbooks;
import org.disputeregistry.query.support.YearsOneByOne;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many random, valid reconsideration histories through a real topic into the read model; every
 * figure the API gives must equal the test's own computation over the histories, also after every
 * event was delivered a second time.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "registry.kafka.topic=" + ReconsiderationStatisticsIT.TOPIC,
      // Exact counts of small groups are what this checks; SmallCellsIT checks their suppression.
      "registry.statistics.min-cell-count=0"
    })
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconsiderationStatisticsIT {

  static final String TOPIC = "reconsideration-statistics-it";
  static final long SEED = 20231231L;
  static final int CASES = 400;
  static final Set<String> MEDIATED = Set.of("MEDIATION_AGREEMENT", "WITHDRAWN_SETTLEMENT");
  static final Set<String> CORRECTIVE =
      Set.of(
          "DECISION_VARIED",
          "DECISION_REVOKED",
          "DECISION_PARTLY_REVOKED",
          "DECISION_CONFIRMED_ILLEGAL",
          "DECISION_ORDERED_TO_PERFORM",
          "DECISION_CONFIRMED_INVALID");

  TestRestTemplate http;

  @Autowired
  void callAsAReader(TestRestTemplate anonymous) {
    http = Readers.of(anonymous);
  }

  @Autowired Flyway flyway;
  @Autowired JdbcTemplate jdbc;

  @Value("${registry.kafka.bootstrap-servers}")
  String bootstrapServers;

  List<History> histories;
  boolean sentinelPublished;
  List<ProducerRecord<String, byte[]>> records;

  @BeforeAll
  void publishHistories() throws Exception {
    histories =
        ReconsiderationHistories.generate(
            SEED, CASES, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 6, 30));
    records = interleaved(histories, new Random(SEED));
    CaseStreams.createTopic(bootstrapServers, TOPIC);
    publish(records);
    awaitReceivedInTotal(CASES);
  }

  @Autowired ReconsiderationStatistics statistics;
  @Autowired ObjectMapper json;

  /**
   * The annual totals read a year at once: the same figures as the year's, months' and streets'.
   */
  @Test
  void aYearReadAtOnceEqualsItsPeriodsAskedOneByOne() {
    for (int year = 2020; year <= 2025; year++) {
      JsonNode atOnce = json.valueToTree(statistics.year(year));
      JsonNode oneByOne =
          json.valueToTree(
              YearsOneByOne.of(year, Dimension.STREET, statistics::figures, statistics::breakdown));
      assertThat(atOnce).as("year %d", year).isEqualTo(oneByOne);
    }
  }

  @Test
  void everyFigureOfEveryYearEqualsAnIndependentComputation() {
    for (int year = 2021; year <= 2024; year++) {
      assertFigures(
          "year=" + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), f -> true);
    }
    assertFigures(
        "from=2022-03-15&to=2023-02-10",
        LocalDate.of(2022, 3, 15),
        LocalDate.of(2023, 2, 10),
        f -> true);
    assertFigures(
        "year=2023&street=GONGMING",
        LocalDate.of(2023, 1, 1),
        LocalDate.of(2023, 12, 31),
        f -> f.street().equals("GONGMING"));
    theStatutoryDimensionsAgreeWithTheTestsOwnCount();
  }

  /** The dimensions of the statutory tables: a case's values under each, as the test filed them. */
  static final Map<String, Function<Filed, Set<String>>> STATUTORY =
      Map.of(
          "actKind", f -> Set.of(f.actKind()),
          "applicantKind", Filed::applicants,
          "respondent", f -> Set.of(f.respondent()),
          "respondentLevel", f -> Set.of(f.respondentLevel()));

  /**
   * Every figure filtered by a value of each new dimension (and its drill-down), and every row of
   * their breakdowns, equal the test's own count; a case with applicants of two kinds counts under
   * both.
   */
  private void theStatutoryDimensionsAgreeWithTheTestsOwnCount() {
    LocalDate from = LocalDate.of(2023, 1, 1);
    LocalDate to = LocalDate.of(2023, 12, 31);
    assertFigures(
        "year=2023&applicantKind=ENTERPRISE",
        from,
        to,
        f -> f.filed().applicants().contains("ENTERPRISE"));
    assertFigures(
        "year=2023&actKind=UNKNOWN", from, to, f -> f.filed().actKind().equals("UNKNOWN"));
    assertFigures(
        "year=2023&respondent=GM_URBAN_MANAGEMENT",
        from,
        to,
        f -> f.filed().respondent().equals("GM_URBAN_MANAGEMENT"));
    assertFigures(
        "from=2022-03-15&to=2023-02-10&respondent=UNMAPPED&applicantKind=PERSON",
        LocalDate.of(2022, 3, 15),
        LocalDate.of(2023, 2, 10),
        f ->
            f.filed().respondent().equals("UNMAPPED") && f.filed().applicants().contains("PERSON"));
    assertFigures(
        "year=2022&respondentLevel=MUNICIPAL",
        LocalDate.of(2022, 1, 1),
        LocalDate.of(2022, 12, 31),
        f -> f.filed().respondentLevel().equals("MUNICIPAL"));
    STATUTORY.forEach(
        (by, values) -> {
          assertBreakdown(by, values, "year=2023", from, to);
          assertBreakdown(
              by,
              values,
              "from=2022-03-15&to=2023-02-10",
              LocalDate.of(2022, 3, 15),
              LocalDate.of(2023, 2, 10));
        });
  }

  private void assertBreakdown(
      String by, Function<Filed, Set<String>> values, String period, LocalDate from, LocalDate to) {
    String url = "/api/statistics/reconsiderations/breakdown?by=" + by + "&" + period;
    List<Map<String, Object>> rows = figures(http, url).read("$.rows");
    Map<String, List<Long>> got = new TreeMap<>();
    rows.forEach(
        r ->
            got.put(
                (String) r.get(by),
                List.of(
                    number(r.get("received")),
                    number(r.get("closed")),
                    number(r.get("mediated")),
                    number(r.get("openAtEnd")))));
    Map<String, List<Long>> expected = new TreeMap<>();
    // A breakdown has a row for every value with a case received by the period's end.
    facts(f -> !f.receivedOn().isAfter(to))
        .forEach(f -> values.apply(f.filed()).forEach(v -> expected.put(v, null)));
    expected.replaceAll(
        (value, none) -> {
          List<Facts> cases = facts(f -> values.apply(f.filed()).contains(value));
          return List.of(
              count(cases, f -> in(f.receivedOn(), from, to)),
              count(cases, f -> in(f.closedOn(), from, to)),
              count(cases, f -> in(f.closedOn(), from, to) && MEDIATED.contains(f.ending())),
              count(
                  cases,
                  f ->
                      f.acceptedOn() != null
                          && !f.acceptedOn().isAfter(to)
                          && (f.closedOn() == null || f.closedOn().isAfter(to))));
        });
    assertThat(got).as(url + ": received, closed, mediated, openAtEnd").isEqualTo(expected);
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  /**
   * Year on year and the record check agree with the test's own computation, for whole years and
   * for a period ending on 29 February (compared with one ending on 28 February).
   */
  @Test
  void yearOnYearAgreesWithAnIndependentComputation() {
    List<Facts> all = published();
    int firstYear = all.stream().mapToInt(f -> f.receivedOn().getYear()).min().orElseThrow();
    for (int year = 2022; year <= 2024; year++) {
      List<OwnYearOnYear.Counts> earlier = new java.util.ArrayList<>();
      for (int y = year - 1; y >= firstYear; y--) {
        earlier.add(OwnYearOnYear.counts(all, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
      }
      assertYearOnYear(
          "year=" + year,
          OwnYearOnYear.counts(all, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
          earlier,
          firstYear);
    }
    // January and February of 2024, a leap year, against January and February of each year before.
    List<OwnYearOnYear.Counts> earlier = new java.util.ArrayList<>();
    for (int y = 2023; y >= firstYear; y--) {
      earlier.add(OwnYearOnYear.counts(all, LocalDate.of(y, 1, 1), LocalDate.of(y, 2, 28)));
    }
    assertYearOnYear(
        "from=2024-01-01&to=2024-02-29",
        OwnYearOnYear.counts(all, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29)),
        earlier,
        firstYear);
  }

  private void assertYearOnYear(
      String query, OwnYearOnYear.Counts now, List<OwnYearOnYear.Counts> earlier, int firstYear) {
    DocumentContext answer =
        figures(http, "/api/statistics/reconsiderations?" + query + "&compare=previousYear");
    String at = "$.yearOnYear.figures.RECONSIDERATION.";
    OwnYearOnYear.Counts before = earlier.get(0);
    assertThat((Integer) answer.read("$.yearOnYear.firstYearOnFile")).isEqualTo(firstYear);
    Map<String, Object> got = new TreeMap<>();
    Map<String, Object> expected = new TreeMap<>();
    for (String count : List.of("received", "closed", "mediated")) {
      long n =
          switch (count) {
            case "received" -> now.received();
            case "closed" -> now.closed();
            default -> now.mediated();
          };
      long b =
          switch (count) {
            case "received" -> before.received();
            case "closed" -> before.closed();
            default -> before.mediated();
          };
      expected.put(count, List.of(plain(b), plain(n - b), OwnYearOnYear.percentChange(n, b)));
      got.put(
          count,
          List.of(
              plain(answer.read(at + count + ".previous")),
              plain(answer.read(at + count + ".change")),
              plain(answer.read(at + count + ".percentChange"))));
    }
    expected.put(
        "mediationRate",
        List.of(
            OwnYearOnYear.pointsChange(
                now.mediated(), now.closed(), before.mediated(), before.closed()),
            String.valueOf(OwnYearOnYear.highestRate(now, earlier))));
    got.put(
        "mediationRate",
        List.of(
            plain(answer.read(at + "mediationRate.change")),
            String.valueOf("HIGHEST".equals(answer.read(at + "mediationRate.record")))));
    assertThat(got).as(query + ": " + now + " after " + earlier).isEqualTo(expected);
  }

  /** The ageing of open cases agrees with the test's own, and each cell lists its cases. */
  @Test
  void ageingOfOpenCasesAgreesWithAnIndependentComputation() {
    for (LocalDate day : List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 2, 29))) {
      Map<String, Long> expected = new TreeMap<>();
      published().stream()
          .filter(f -> OwnYearOnYear.openOn(f, day))
          .forEach(
              f ->
                  expected.merge(
                      f.receivedOn().getYear() + " " + OwnYearOnYear.age(f.receivedOn(), day),
                      1L,
                      Long::sum));
      DocumentContext answer =
          JsonPath.parse(
              http.getForObject(
                  "/api/statistics/open-cases?caseType=reconsideration&asOf=" + day, String.class));
      List<Map<String, Object>> cells = answer.read("$.cells");
      Map<String, Long> got = new TreeMap<>();
      for (Map<String, Object> cell : cells) {
        long cases = ((Number) cell.get("cases")).longValue();
        got.put(cell.get("receivedIn") + " " + cell.get("age"), cases);
        String list = (String) cell.get("list");
        assertThat(DrillDowns.listed(http, list + "&size=1000")).as(list).isEqualTo(cases);
      }
      assertThat(got).as("open on " + day).isEqualTo(expected);
    }
  }

  @Test
  void breakdownByStreetAddsUpAndIsAvailableAsCsv() {
    List<String> lines =
        CountedBreakdowns.csv(
            http, "/api/statistics/reconsiderations/breakdown?year=2023&by=street");
    assertThat(lines.get(0)).startsWith("\uFEFFstreet,zh,en,received,");
    for (String[] place : ReconsiderationHistories.PLACES) {
      long expected =
          facts(f -> f.street().equals(place[0])).stream()
              .filter(f -> in(f.receivedOn(), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
              .count();
      assertThat(lines)
          .as("received in 2023 on " + place[0])
          .anyMatch(
              line ->
                  line.startsWith(place[0] + ",")
                      && line.split(",")[3].equals(String.valueOf(expected)));
    }
  }

  /** The statutory table's 审结 columns as the test groups the endings, in the table's order. */
  static final Map<String, Set<String>> RESULTS = new java.util.LinkedHashMap<>();

  static {
    RESULTS.put("审结：维持", Set.of("DECISION_UPHELD"));
    RESULTS.put("审结：驳回", Set.of("DECISION_CLAIM_REJECTED", "APPLICATION_DISMISSED"));
    RESULTS.put("审结：撤销", Set.of("DECISION_REVOKED", "DECISION_PARTLY_REVOKED"));
    RESULTS.put("审结：变更", Set.of("DECISION_VARIED"));
    RESULTS.put("审结：确认违法", Set.of("DECISION_CONFIRMED_ILLEGAL"));
    RESULTS.put("审结：责令履行", Set.of("DECISION_ORDERED_TO_PERFORM"));
    RESULTS.put("审结：确认无效", Set.of("DECISION_CONFIRMED_INVALID"));
    RESULTS.put("审结：调解", Set.of("MEDIATION_AGREEMENT"));
    RESULTS.put("审结：和解", Set.of("WITHDRAWN_SETTLEMENT"));
    RESULTS.put("审结：终止（含撤回申请）", Set.of("TERMINATED", "WITHDRAWN_CORRECTED", "WITHDRAWN_VOLUNTARY"));
  }

  /**
   * The statutory workbook of 2023 over HTTP, read back with POI: the reconsideration tables by
   * respondent level and by applicant kind, cell by cell, equal the test's own count of its cases.
   */
  @Test
  void theStatutoryWorkbookOfAYearIsTheTestsOwnCountCellByCell() {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.valueOf(Xlsx.MEDIA_TYPE)));
    ResponseEntity<byte[]> answer =
        http.exchange(
            "/api/statistics/statutory-tables/2023",
            HttpMethod.GET,
            new HttpEntity<>(headers),
            byte[].class);
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    byte[] xlsx = answer.getBody();
    assertThat(Workbooks.sheets(xlsx))
        .containsExactly(
            "说明",
            "表1 按被申请人级别",
            "表2 按行为类别",
            "表3 按行政管理类别",
            "表4 按申请人类别",
            "表5 按被申请人",
            "表6 信访事项按承办部门",
            "表7 商事调解按案件来源",
            "表8 商事调解按当事人来源地");
    assertStatutoryTable(
        xlsx, "表1 按被申请人级别", RespondentLevel.class, f -> Set.of(f.filed().respondentLevel()));
    assertStatutoryTable(xlsx, "表4 按申请人类别", ApplicantKind.class, f -> f.filed().applicants());

    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<String> notAcceptable =
        http.exchange(
            "/api/statistics/statutory-tables/2023",
            HttpMethod.GET,
            new HttpEntity<>(headers),
            String.class);
    assertThat(notAcceptable.getStatusCode().value()).isEqualTo(406);
    assertThat(notAcceptable.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(
            http.getForEntity("/api/statistics/statutory-tables/20x3", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(400);
  }

  private void assertStatutoryTable(
      byte[] xlsx,
      String sheet,
      Class<? extends Enum<?>> codes,
      Function<Facts, Set<String>> values) {
    LocalDate from = LocalDate.of(2023, 1, 1);
    LocalDate to = LocalDate.of(2023, 12, 31);
    List<List<Object>> rows = Workbooks.read(xlsx, sheet);
    List<Object> header = new ArrayList<>(List.of("代码", "项目", "收案", "受理", "不予受理"));
    header.addAll(List.of("告知向有权机关申请", "上期结转", "审结"));
    header.addAll(RESULTS.keySet());
    header.add("期末未结");
    assertThat(rows.get(6)).as(sheet).isEqualTo(header);
    Map<String, String> zh = new TreeMap<>();
    Labels.defaults().of(codes).forEach(l -> zh.put(l.code(), l.zh()));
    // A respondent not in the directory, or a case filed without the value, is labelled so.
    Labels.defaults().of(Unclassified.class).forEach(l -> zh.putIfAbsent(l.code(), l.zh()));
    // Every code of the table's rows always, then any other value of a case received by the end.
    java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
    for (Enum<?> c : codes.getEnumConstants()) {
      keys.add(c.name());
    }
    facts(f -> !f.receivedOn().isAfter(to)).forEach(f -> keys.addAll(values.apply(f)));
    Map<String, List<Object>> expected = new java.util.LinkedHashMap<>();
    for (String key : keys) {
      List<Object> row = new ArrayList<>(List.of(key, zh.getOrDefault(key, key)));
      row.addAll(statutoryCounts(facts(f -> values.apply(f).contains(key)), from, to));
      expected.put(key, row);
    }
    List<Object> total = new ArrayList<>(List.of("", "合计"));
    total.addAll(statutoryCounts(facts(f -> true), from, to));
    expected.put("", total);
    Map<String, List<Object>> got = new java.util.LinkedHashMap<>();
    rows.subList(7, rows.size()).forEach(r -> got.put((String) r.get(0), r));
    assertThat(got).as(sheet + ", cell by cell").isEqualTo(expected);
    assertThat(List.copyOf(got.keySet()).subList(0, codes.getEnumConstants().length))
        .as("the table's rows in their order")
        .containsExactlyElementsOf(List.copyOf(keys).subList(0, codes.getEnumConstants().length));
  }

  /** A row's numbers as a sheet holds them: numeric cells, read as doubles. */
  private static List<Object> statutoryCounts(List<Facts> cases, LocalDate from, LocalDate to) {
    List<Object> counts = new ArrayList<>();
    counts.add((double) count(cases, f -> in(f.receivedOn(), from, to)));
    counts.add((double) count(cases, f -> in(f.acceptedOn(), from, to)));
    counts.add((double) count(cases, f -> in(f.notAcceptedOn(), from, to)));
    counts.add((double) count(cases, f -> in(f.redirectedOn(), from, to)));
    counts.add(
        (double)
            count(
                cases,
                f ->
                    f.acceptedOn() != null
                        && f.acceptedOn().isBefore(from)
                        && (f.closedOn() == null || !f.closedOn().isBefore(from))));
    counts.add((double) count(cases, f -> in(f.closedOn(), from, to)));
    RESULTS
        .values()
        .forEach(
            endings ->
                counts.add(
                    (double)
                        count(
                            cases,
                            f -> in(f.closedOn(), from, to) && endings.contains(f.ending()))));
    counts.add(
        (double)
            count(
                cases,
                f ->
                    f.acceptedOn() != null
                        && !f.acceptedOn().isAfter(to)
                        && (f.closedOn() == null || f.closedOn().isAfter(to))));
    return counts;
  }

  @Test
  void everyCountOfABreakdownsRowsLinksToAsManyCases() {
    DrillDowns.assertEveryRowListsTheCasesItCounts(
        http, "/api/statistics/reconsiderations", "year=2023&by=street", 3);
    DrillDowns.assertEveryRowListsTheCasesItCounts(
        http, "/api/statistics/reconsiderations", "from=2022-06-01&to=2023-05-31&by=category", 2);
  }

  @Test
  void theCountersAgreeWithTheCaseTable() {
    CountedBreakdowns.assertAgreeWithTheCaseTable(
        http, "/api/statistics/reconsiderations", "street");
  }

  @Test
  void everyEventDeliveredTwiceChangesNothing() throws Exception {
    String before = http.getForObject("/api/statistics/reconsiderations?year=2023", String.class);
    // The sentinel below was received in 2019: the list of the others must not change.
    String list =
        "/api/cases?caseType=reconsideration&receivedFrom=2020-01-01&sort=caseId&size=1000";
    String listed = http.getForObject(list, String.class);
    publish(records);
    // A case published after the repeats: once it counts, every repeat before it was consumed.
    publish(interleaved(List.of(sentinel()), new Random(1)));
    sentinelPublished = true;
    awaitReceivedInTotal(CASES + 1);

    assertThat(http.getForObject("/api/statistics/reconsiderations?year=2023", String.class))
        .isEqualTo(before);
    assertThat(http.getForObject(list, String.class)).isEqualTo(listed);
    everyFigureOfEveryYearEqualsAnIndependentComputation();
  }

  @Test
  void aRebuildFromTheTopicGivesTheSameFigures() {
    String before = http.getForObject("/api/statistics/reconsiderations?year=2023", String.class);
    String list = "/api/cases?caseType=reconsideration&sort=caseId&size=1000";
    String listed = http.getForObject(list, String.class);
    Rebuilds.rebuildAndWait(http);

    assertThat(http.getForObject("/api/statistics/reconsiderations?year=2023", String.class))
        .isEqualTo(before);
    assertThat(http.getForObject(list, String.class)).as("the case list").isEqualTo(listed);
    everyFigureOfEveryYearEqualsAnIndependentComputation();
  }

  @Test
  void changedDefinitionsRecountTheCountersOnTheNextMigration() {
    String before = http.getForObject("/api/statistics/reconsiderations?year=2023", String.class);
    // What an earlier release's definitions left: counters that no longer fit the figures.
    jdbc.update("DELETE FROM statistic_count");
    jdbc.update(
        "UPDATE flyway_schema_history SET checksum = 0"
            + " WHERE description = 'RecountStatisticCounts'");

    flyway.migrate();

    assertThat(http.getForObject("/api/statistics/reconsiderations?year=2023", String.class))
        .isEqualTo(before);
    theCountersAgreeWithTheCaseTable();
  }

  private void assertFigures(String query, LocalDate from, LocalDate to, Predicate<Facts> filter) {
    List<Facts> cases = facts(filter);
    DocumentContext actual = figures(http, "/api/statistics/reconsiderations?" + query);
    DrillDowns.assertEveryFigureListsTheCasesItCounts(
        http,
        ReconsiderationFigures.ALL,
        "reconsideration",
        "/api/statistics/reconsiderations",
        query);
    List<Facts> closed = cases.stream().filter(f -> in(f.closedOn(), from, to)).toList();
    long mediated = closed.stream().filter(f -> MEDIATED.contains(f.ending())).count();
    long corrective = closed.stream().filter(f -> CORRECTIVE.contains(f.ending())).count();
    long decided = closed.stream().filter(f -> f.ending().startsWith("DECISION_")).count();
    long withdrawnCorrected =
        closed.stream().filter(f -> f.ending().equals("WITHDRAWN_CORRECTED")).count();
    long onTime = closed.stream().filter(f -> !f.closedOn().isAfter(f.dueOn())).count();

    Map<String, Object> expected = new TreeMap<>();
    expected.put("received", count(cases, f -> in(f.receivedOn(), from, to)));
    expected.put("accepted", count(cases, f -> in(f.acceptedOn(), from, to)));
    expected.put("notAccepted", count(cases, f -> in(f.notAcceptedOn(), from, to)));
    expected.put("redirected", count(cases, f -> in(f.redirectedOn(), from, to)));
    expected.put(
        "carriedOver",
        count(
            cases,
            f ->
                f.acceptedOn() != null
                    && f.acceptedOn().isBefore(from)
                    && (f.closedOn() == null || !f.closedOn().isBefore(from))));
    expected.put(
        "openAtEnd",
        count(
            cases,
            f ->
                f.acceptedOn() != null
                    && !f.acceptedOn().isAfter(to)
                    && (f.closedOn() == null || f.closedOn().isAfter(to))));
    expected.put("closed", (long) closed.size());
    expected.put("mediated", mediated);
    expected.put("mediationRate", rate(mediated, closed.size()));
    expected.put("correctionRate", rate(corrective, closed.size()));
    expected.put("decidedCorrectionRate", rate(corrective, decided));
    expected.put(
        "comprehensiveCorrectionRate", rate(corrective + withdrawnCorrected, closed.size()));
    expected.put("onTimeRate", rate(onTime, closed.size()));
    List<Long> days =
        closed.stream()
            .map(f -> ChronoUnit.DAYS.between(f.acceptedOn(), f.closedOn()))
            .sorted()
            .toList();
    expected.put("meanDays", mean(days));
    expected.put("medianDays", median(days));
    Map<String, Long> outcomes = new TreeMap<>();
    closed.forEach(f -> outcomes.merge(f.ending(), 1L, Long::sum));
    expected.put("outcomes", outcomes);

    Map<String, Object> got = new TreeMap<>();
    counts(
        actual,
        List.of(
            "received",
            "accepted",
            "notAccepted",
            "redirected",
            "carriedOver",
            "openAtEnd",
            "closed",
            "mediated"),
        got);
    rates(
        actual,
        List.of(
            "mediationRate",
            "correctionRate",
            "decidedCorrectionRate",
            "comprehensiveCorrectionRate",
            "onTimeRate"),
        got);
    got.put("meanDays", plain(actual.read("$.figures.daysToClose.mean")));
    got.put("medianDays", plain(actual.read("$.figures.daysToClose.median")));
    Map<String, Long> gotOutcomes = new TreeMap<>();
    List<Map<String, Object>> outcomeRows = actual.read("$.figures.closedByOutcome");
    outcomeRows.forEach(
        o -> gotOutcomes.put((String) o.get("code"), ((Number) o.get("count")).longValue()));
    got.put("outcomes", gotOutcomes);

    assertThat(got).as(query).isEqualTo(expected);
  }

  private static List<ProducerRecord<String, byte[]>> interleaved(
      List<History> histories, Random random) {
    return CaseStreams.interleaved(TOPIC, histories.stream().map(History::events).toList(), random);
  }

  private void publish(List<ProducerRecord<String, byte[]>> records) {
    CaseStreams.publish(bootstrapServers, records);
  }

  /** A case received in 2019, published after every other case (and its repeats). */
  private static History sentinel() {
    return ReconsiderationHistories.generate(
            SEED + 1, 1, LocalDate.of(2019, 5, 5), LocalDate.of(2019, 5, 5))
        .get(0);
  }

  /** Every case published so far, the sentinel too once it is. */
  private List<Facts> published() {
    List<Facts> all = new java.util.ArrayList<>(facts(f -> true));
    if (sentinelPublished) {
      all.add(sentinel().facts());
    }
    return all;
  }

  private List<Facts> facts(Predicate<Facts> filter) {
    return histories.stream().map(History::facts).filter(filter).toList();
  }

  private void awaitReceivedInTotal(int cases) {
    awaitAllTime(http, "/api/statistics/reconsiderations", "received", cases);
  }
}
