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

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.disputeregistry.query.reconsideration.ReconsiderationHistories.Facts;
import org.disputeregistry.query.reconsideration.ReconsiderationHistories.History;
import org.disputeregistry.query.support.CaseStreams;
import org.disputeregistry.query.support.CountedBreakdowns;
import org.disputeregistry.query.support.DrillDowns;
import org.disputeregistry.query.support.Readers;
import org.disputeregistry.query.support.Rebuilds;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
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
