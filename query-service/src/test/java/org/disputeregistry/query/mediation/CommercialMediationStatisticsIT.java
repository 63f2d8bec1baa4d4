package org.disputeregistry.query.mediation;

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
import static org.disputeregistry.query.support.StatisticsAnswers.year;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.ReferenceData;
import org.disputeregistry.query.mediation.CommercialMediationHistories.Facts;
import org.disputeregistry.query.mediation.CommercialMediationHistories.History;
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

/**
 * Random, valid commercial mediation histories through a real topic into the read model; every
 * figure the API gives must equal the test's own computation over the histories, also after every
 * event was delivered a second time.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "registry.kafka.topic=" + CommercialMediationStatisticsIT.TOPIC,
      // Exact counts of small groups are what this checks; SmallCellsIT checks their suppression.
      "registry.statistics.min-cell-count=0"
    })
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommercialMediationStatisticsIT {

  static final String TOPIC = "commercial-mediation-statistics-it";
  static final long SEED = 20230315L;
  static final int CASES = 300;
  static final String API = "/api/statistics/commercial-mediations";

  TestRestTemplate http;

  @Autowired
  void callAsAReader(TestRestTemplate anonymous) {
    http = Readers.of(anonymous);
  }

  @Value("${registry.kafka.bootstrap-servers}")
  String bootstrapServers;

  List<History> histories;
  List<ProducerRecord<String, byte[]>> records;

  @BeforeAll
  void publishHistories() {
    histories =
        CommercialMediationHistories.generate(
            SEED, CASES, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 6, 30));
    records =
        CaseStreams.interleaved(
            TOPIC, histories.stream().map(History::events).toList(), new Random(SEED));
    CaseStreams.createTopic(bootstrapServers, TOPIC);
    CaseStreams.publish(bootstrapServers, records);
    awaitReceivedInTotal(CASES);
  }

  @Autowired CommercialMediationStatistics statistics;
  @Autowired ObjectMapper json;

  /**
   * The annual totals read a year at once: the same figures as the year's, months' and centres'.
   */
  @Test
  void aYearReadAtOnceEqualsItsPeriodsAskedOneByOne() {
    for (int year = 2020; year <= 2025; year++) {
      JsonNode atOnce = json.valueToTree(statistics.year(year));
      JsonNode oneByOne =
          json.valueToTree(
              YearsOneByOne.of(year, Dimension.CENTRE, statistics::figures, statistics::breakdown));
      assertThat(atOnce).as("year %d", year).isEqualTo(oneByOne);
    }
  }

  @Test
  void everyFigureOfEveryYearEqualsAnIndependentComputation() {
    for (int year = 2021; year <= 2024; year++) {
      assertFigures("year=" + year, year(year), f -> true);
    }
    assertFigures(
        "from=2022-03-15&to=2023-02-10",
        new LocalDate[] {LocalDate.of(2022, 3, 15), LocalDate.of(2023, 2, 10)},
        f -> true);
    assertFigures(
        "year=2023&centre=SCIENCE_CITY", year(2023), f -> f.centre.equals("SCIENCE_CITY"));
    assertFigures("year=2022&street=GONGMING", year(2022), f -> "GONGMING".equals(f.street));
    assertFigures(
        "year=2023&mediator=GONGMING_CHAMBER-M1",
        year(2023),
        f -> "GONGMING_CHAMBER-M1".equals(f.mediator));
    assertFigures(
        "year=2022&disputeType=FINANCE", year(2022), f -> f.disputeType.equals("FINANCE"));
    assertFigures(
        "year=2023&partyOrigin=HONG_KONG_MACAO_TAIWAN",
        year(2023),
        f -> f.partyOrigins.contains("HONG_KONG_MACAO_TAIWAN"));
    breakdownPerPartyOriginCountsACaseUnderEachOriginOfItsParties();
  }

  /** A case with a domestic and a foreign party is in both rows: the rows add up to more. */
  private void breakdownPerPartyOriginCountsACaseUnderEachOriginOfItsParties() {
    LocalDate[] period = year(2023);
    DocumentContext table =
        JsonPath.parse(
            http.getForObject(API + "/breakdown?year=2023&by=partyOrigin", String.class));
    List<Map<String, Object>> rows = table.read("$.rows");
    Map<String, List<Object>> got = new TreeMap<>();
    rows.forEach(
        r ->
            got.put(
                (String) r.get("partyOrigin"),
                List.of(
                    ((Number) r.get("received")).longValue(),
                    ((Number) r.get("concluded")).longValue(),
                    ((Number) r.get("succeeded")).longValue(),
                    plain(r.get("successRate")))));
    Map<String, List<Object>> expected = new TreeMap<>();
    histories.stream()
        .map(History::facts)
        .filter(f -> !f.receivedOn.isAfter(period[1]))
        .flatMap(f -> f.partyOrigins.stream())
        .distinct()
        .forEach(
            origin -> {
              Map<String, Object> e = expected(facts(f -> f.partyOrigins.contains(origin)), period);
              @SuppressWarnings("unchecked")
              List<Object> success = (List<Object>) e.get("successRate");
              expected.put(
                  origin,
                  List.of(
                      e.get("received"), e.get("concluded"), e.get("succeeded"), success.get(2)));
            });
    assertThat(got).as("by=partyOrigin").isEqualTo(expected);
  }

  @Test
  void breakdownPerCentreIsAvailableAsCsv() {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.valueOf("text/csv")));
    String csv =
        http.exchange(
                API + "/breakdown?year=2023&by=centre",
                HttpMethod.GET,
                new HttpEntity<>(headers),
                String.class)
            .getBody();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0))
        .startsWith(
            "\uFEFFcentre,zh,en,received,accepted,notAccepted,concluded,succeeded,"
                + "endedWithoutAgreement,withdrawn,successRate,judicialConfirmationRate,"
                + "amountInDisputeCNY,amountAgreedCNY,");
    List<String> columns = List.of(lines.get(0).substring(1).split(","));
    for (String centre : CommercialMediationHistories.CENTRES) {
      Map<String, Object> expected = expected(facts(f -> f.centre.equals(centre)), year(2023));
      String row = lines.stream().filter(l -> l.startsWith(centre + ",")).findFirst().orElseThrow();
      List<String> values = List.of(row.split(",", -1));
      assertThat(
              List.of(
                  values.get(columns.indexOf("received")),
                  values.get(columns.indexOf("succeeded")),
                  plain(values.get(columns.indexOf("amountAgreedCNY")))))
          .as(centre)
          .containsExactly(
              String.valueOf(expected.get("received")),
              String.valueOf(expected.get("succeeded")),
              plain(cny(expected.get("amountAgreed"))));
    }
  }

  @Test
  void breakdownPerCentreIsAvailableAsAWorkbookCellByCell() {
    byte[] xlsx = workbook(API + "/breakdown?year=2023&by=centre");
    List<List<Object>> rows = Workbooks.read(xlsx, null);

    assertThat(rows.get(0)).containsExactly("商事调解统计（按调解中心）");
    assertThat(rows.get(1)).containsExactly("统计期间", "2023-01-01 至 / to 2023-12-31");
    assertThat(rows.get(2)).containsExactly("筛选条件", "无 / none");
    assertThat(rows.get(4)).containsExactly("查询", API + "/breakdown?year=2023&by=centre");
    List<Object> header = rows.get(6);
    assertThat(header.subList(0, 3)).containsExactly("调解中心代码", "调解中心", "调解中心（英文）");
    assertThat(header)
        .containsSubsequence(
            CommercialMediationFigures.SUCCESS_RATE.zh(),
            CommercialMediationFigures.SUCCESS_RATE.zh() + "（分子）",
            CommercialMediationFigures.SUCCESS_RATE.zh() + "（分母）",
            CommercialMediationFigures.AMOUNT_IN_DISPUTE.zh(),
            "币种");
    // The currencies of the year's amounts, CNY first: a pair of columns per amount each.
    Map<String, Map<String, Object>> byCentre = new TreeMap<>();
    for (String centre : CommercialMediationHistories.CENTRES) {
      byCentre.put(centre, expected(facts(f -> f.centre.equals(centre)), year(2023)));
    }
    java.util.SortedSet<String> others = new java.util.TreeSet<>();
    byCentre.values().stream()
        .flatMap(e -> java.util.stream.Stream.of(e.get("amountInDispute"), e.get("amountAgreed")))
        .forEach(sums -> ((List<?>) sums).forEach(s -> others.add((String) ((List<?>) s).get(0))));
    others.remove("CNY");
    List<String> currencies = new ArrayList<>(List.of("CNY"));
    currencies.addAll(others);
    List<List<Object>> expected = new ArrayList<>();
    for (String centre : CommercialMediationHistories.CENTRES) {
      Map<String, Object> e = byCentre.get(centre);
      ReferenceData.Label label = ReferenceData.defaults().mediationCentre(centre).orElseThrow();
      List<Object> row = new ArrayList<>(List.of(centre, label.zh(), label.en()));
      for (String count :
          List.of(
              "received",
              "accepted",
              "notAccepted",
              "concluded",
              "succeeded",
              "endedWithoutAgreement",
              "withdrawn")) {
        row.add(((Long) e.get(count)).doubleValue());
      }
      for (String rate : List.of("successRate", "judicialConfirmationRate")) {
        @SuppressWarnings("unchecked")
        List<Object> r = (List<Object>) e.get(rate);
        row.add(
            r.get(2).equals("null")
                ? Workbooks.NONE
                : new BigDecimal((String) r.get(2)).movePointLeft(2).doubleValue());
        row.add(((Long) r.get(0)).doubleValue());
        row.add(((Long) r.get(1)).doubleValue());
      }
      for (String currency : currencies) {
        for (String amount : List.of("amountInDispute", "amountAgreed")) {
          row.add(sumIn(e.get(amount), currency));
          row.add(currency);
        }
      }
      for (String days : List.of("meanDays", "medianDays")) {
        row.add(
            e.get(days).equals("null")
                ? Workbooks.NONE
                : new BigDecimal((String) e.get(days)).doubleValue());
      }
      expected.add(row);
    }
    assertThat(rows.subList(7, rows.size())).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** The figures of a period as a workbook: every cell the figure of the JSON answer, typed. */
  @Test
  void theFiguresOfAPeriodAreAWorkbookWithEveryFigureOfTheJson() {
    String query = "?year=2023&centre=SCIENCE_CITY";
    DocumentContext json = figures(http, API + query);
    List<List<Object>> rows = Workbooks.read(workbook(API + query), null);
    assertThat(rows.get(0)).containsExactly("商事调解统计数字");
    assertThat(rows.get(2)).containsExactly("筛选条件", "centre=SCIENCE_CITY");
    Map<String, List<Object>> byFigure = new TreeMap<>();
    rows.subList(7, rows.size()).forEach(r -> byFigure.put((String) r.get(0), r));
    assertThat(byFigure.get("received"))
        .containsExactly(
            "received",
            CommercialMediationFigures.RECEIVED.zh(),
            json.read("$.figures.received", Long.class).doubleValue());
    Map<String, Object> rate = json.read("$.figures.successRate");
    assertThat(byFigure.get("successRate").subList(3, 6))
        .containsExactly(
            new BigDecimal(rate.get("percent").toString()).movePointLeft(2).doubleValue(),
            ((Number) rate.get("numerator")).doubleValue(),
            ((Number) rate.get("denominator")).doubleValue());
    List<Map<String, Object>> amounts = json.read("$.figures.amountAgreed");
    assertThat(amounts).isNotEmpty();
    for (Map<String, Object> amount : amounts) {
      assertThat(byFigure.get("amountAgreed." + amount.get("currency")).subList(2, 8))
          .containsExactly(
              ((Number) amount.get("cases")).doubleValue(),
              Workbooks.NONE,
              Workbooks.NONE,
              Workbooks.NONE,
              new BigDecimal((String) amount.get("sum")).doubleValue(),
              amount.get("currency"));
    }
  }

  @Test
  void aListThatIsNotATableIsNotAcceptableAsAWorkbookAndAnErrorStaysAProblem() {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.valueOf(Xlsx.MEDIA_TYPE)));
    ResponseEntity<String> count =
        http.exchange(
            "/api/cases/count?caseType=commercial-mediation",
            HttpMethod.GET,
            new HttpEntity<>(headers),
            String.class);
    assertThat(count.getStatusCode().value()).as(count.getBody()).isEqualTo(406);
    assertThat(count.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    ResponseEntity<String> wrong =
        http.exchange(
            API + "/breakdown?year=20x3&by=centre",
            HttpMethod.GET,
            new HttpEntity<>(headers),
            String.class);
    assertThat(wrong.getStatusCode().value()).as(wrong.getBody()).isEqualTo(400);
    assertThat(wrong.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(wrong.getBody()).contains("\"field\":\"year\"");
  }

  private byte[] workbook(String url) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.valueOf(Xlsx.MEDIA_TYPE)));
    ResponseEntity<byte[]> answer =
        http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.valueOf(Xlsx.MEDIA_TYPE));
    return answer.getBody();
  }

  @SuppressWarnings("unchecked")
  private static double sumIn(Object sums, String currency) {
    return ((List<List<Object>>) sums)
        .stream()
            .filter(s -> s.get(0).equals(currency))
            .map(s -> new BigDecimal((String) s.get(1)).doubleValue())
            .findFirst()
            .orElse(0.0);
  }

  @Test
  void breakdownPerMediatorCountsEveryMediatorAndTheCasesWithoutOne() {
    LocalDate[] period = year(2023);
    DocumentContext table =
        JsonPath.parse(http.getForObject(API + "/breakdown?year=2023&by=mediator", String.class));
    List<Map<String, Object>> rows = table.read("$.rows");
    Map<String, List<Object>> got = new TreeMap<>();
    rows.forEach(
        r ->
            got.put(
                (String) r.get("mediator"),
                List.of(
                    ((Number) r.get("received")).longValue(),
                    ((Number) r.get("concluded")).longValue(),
                    ((Number) r.get("succeeded")).longValue(),
                    plain(r.get("successRate")))));
    Map<String, List<Object>> expected = new TreeMap<>();
    // A mediator whose cases all came later has no row.
    histories.stream()
        .map(History::facts)
        .filter(f -> !f.receivedOn.isAfter(period[1]))
        .map(f -> Objects.requireNonNullElse(f.mediator, ""))
        .distinct()
        .forEach(
            mediator -> {
              Map<String, Object> e =
                  expected(
                      facts(f -> mediator.equals(Objects.requireNonNullElse(f.mediator, ""))),
                      period);
              @SuppressWarnings("unchecked")
              List<Object> success = (List<Object>) e.get("successRate");
              expected.put(
                  mediator,
                  List.of(
                      e.get("received"), e.get("concluded"), e.get("succeeded"), success.get(2)));
            });
    assertThat(got).isEqualTo(expected);
    // The row without a mediator too: its links ask for mediator= (none).
    DrillDowns.assertEveryRowListsTheCasesItCounts(http, API, "year=2023&by=mediator", 1000);
  }

  @Test
  void theCountersAgreeWithTheCaseTable() {
    CountedBreakdowns.assertAgreeWithTheCaseTable(http, API, "centre");
  }

  @Test
  void aRebuildFromTheTopicGivesTheSameFigures() {
    String before =
        http.getForObject("/api/statistics/commercial-mediations?year=2023", String.class);
    String list = "/api/cases?caseType=commercial-mediation&sort=caseId&size=1000";
    String listed = http.getForObject(list, String.class);
    Rebuilds.rebuildAndWait(http);

    assertThat(http.getForObject("/api/statistics/commercial-mediations?year=2023", String.class))
        .isEqualTo(before);
    assertThat(http.getForObject(list, String.class)).as("the case list").isEqualTo(listed);
    everyFigureOfEveryYearEqualsAnIndependentComputation();
  }

  @Test
  void everyEventDeliveredTwiceChangesNothing() {
    String before = http.getForObject(API + "?year=2023", String.class);
    // The sentinel below was received in 2019: the list of the others must not change.
    String list =
        "/api/cases?caseType=commercial-mediation&receivedFrom=2020-01-01&sort=caseId&size=1000";
    String listed = http.getForObject(list, String.class);
    CaseStreams.publish(bootstrapServers, records);
    // A case published after the repeats: once it counts, every repeat before it was consumed.
    History sentinel =
        CommercialMediationHistories.generate(
                SEED + 1, 1, LocalDate.of(2019, 5, 5), LocalDate.of(2019, 5, 5))
            .get(0);
    CaseStreams.publish(
        bootstrapServers,
        CaseStreams.interleaved(TOPIC, List.of(sentinel.events()), new Random(1)));
    awaitReceivedInTotal(CASES + 1);

    assertThat(http.getForObject(API + "?year=2023", String.class)).isEqualTo(before);
    assertThat(http.getForObject(list, String.class)).isEqualTo(listed);
    everyFigureOfEveryYearEqualsAnIndependentComputation();
  }

  private void assertFigures(String query, LocalDate[] period, Predicate<Facts> filter) {
    DocumentContext actual = figures(http, API + "?" + query);
    DrillDowns.assertEveryFigureListsTheCasesItCounts(
        http, CommercialMediationFigures.ALL, "commercial-mediation", API, query);
    Map<String, Object> got = new TreeMap<>();
    counts(
        actual,
        List.of(
            "received",
            "accepted",
            "notAccepted",
            "concluded",
            "succeeded",
            "endedWithoutAgreement",
            "withdrawn",
            "withdrawnBeforeAcceptance",
            "judicialConfirmationApplied",
            "confirmedValid",
            "confirmedInvalid",
            "performedFully",
            "performedPartly"),
        got);
    rates(actual, List.of("successRate", "judicialConfirmationRate"), got);
    for (String amount : List.of("amountInDispute", "amountAgreed")) {
      List<Map<String, Object>> sums = actual.read("$.figures." + amount);
      List<List<Object>> perCurrency = new ArrayList<>();
      sums.forEach(
          s ->
              perCurrency.add(
                  List.of(
                      s.get("currency"),
                      // Exact: the sum is a string, never a double.
                      plain((String) s.get("sum")),
                      ((Number) s.get("cases")).longValue())));
      got.put(amount, perCurrency);
    }
    got.put("meanDays", plain(actual.read("$.figures.daysToConclude.mean")));
    got.put("medianDays", plain(actual.read("$.figures.daysToConclude.median")));

    assertThat(got).as(query).isEqualTo(expected(facts(filter), period));
  }

  /** The figures computed from the facts alone. */
  private static Map<String, Object> expected(List<Facts> cases, LocalDate[] period) {
    LocalDate from = period[0];
    LocalDate to = period[1];
    Map<String, Object> expected = new TreeMap<>();
    List<Facts> concluded =
        cases.stream().filter(f -> in(f.concludedOn, from, to) && f.acceptedOn != null).toList();
    List<Facts> agreed = concluded.stream().filter(f -> "AGREEMENT".equals(f.conclusion)).toList();
    long valid = count(agreed, f -> "VALID".equals(f.ruling));
    expected.put("received", count(cases, f -> in(f.receivedOn, from, to)));
    expected.put("accepted", count(cases, f -> in(f.acceptedOn, from, to)));
    expected.put("notAccepted", count(cases, f -> in(f.notAcceptedOn, from, to)));
    expected.put("concluded", (long) concluded.size());
    expected.put("succeeded", (long) agreed.size());
    expected.put(
        "endedWithoutAgreement", count(concluded, f -> "NO_AGREEMENT".equals(f.conclusion)));
    expected.put("withdrawn", count(concluded, f -> "WITHDRAWN".equals(f.conclusion)));
    expected.put(
        "withdrawnBeforeAcceptance",
        count(cases, f -> in(f.concludedOn, from, to) && f.acceptedOn == null));
    expected.put("judicialConfirmationApplied", count(agreed, f -> f.confirmationApplied));
    expected.put("confirmedValid", valid);
    expected.put("confirmedInvalid", count(agreed, f -> "INVALID".equals(f.ruling)));
    expected.put("performedFully", count(agreed, f -> "FULLY".equals(f.performance)));
    expected.put("performedPartly", count(agreed, f -> "PARTLY".equals(f.performance)));
    expected.put("successRate", rate(agreed.size(), concluded.size()));
    expected.put("judicialConfirmationRate", rate(valid, agreed.size()));
    expected.put(
        "amountInDispute",
        sums(cases.stream().filter(f -> in(f.receivedOn, from, to)).map(f -> f.amountInDispute)));
    expected.put("amountAgreed", sums(agreed.stream().map(f -> f.amountAgreed)));
    List<Long> days =
        concluded.stream().map(f -> ChronoUnit.DAYS.between(f.acceptedOn, f.concludedOn)).toList();
    expected.put("meanDays", mean(days));
    expected.put("medianDays", median(days));
    return expected;
  }

  /** Per currency, CNY first: currency, exact sum, cases. */
  private static List<List<Object>> sums(java.util.stream.Stream<Money> amounts) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    Map<String, Long> counts = new TreeMap<>();
    amounts.forEach(
        m -> {
          sums.merge(m.currency(), m.amount(), BigDecimal::add);
          counts.merge(m.currency(), 1L, Long::sum);
        });
    List<List<Object>> result = new ArrayList<>();
    sums.keySet().stream()
        .sorted((a, b) -> a.equals("CNY") ? -1 : b.equals("CNY") ? 1 : a.compareTo(b))
        .forEach(
            c ->
                result.add(
                    List.of(c, sums.get(c).stripTrailingZeros().toPlainString(), counts.get(c))));
    return result;
  }

  @SuppressWarnings("unchecked")
  private static String cny(Object sums) {
    return ((List<List<Object>>) sums)
        .stream()
            .filter(s -> s.get(0).equals("CNY"))
            .map(s -> (String) s.get(1))
            .findFirst()
            .orElse("0");
  }

  private List<Facts> facts(Predicate<Facts> filter) {
    return histories.stream().map(History::facts).filter(filter).toList();
  }

  private void awaitReceivedInTotal(int cases) {
    awaitAllTime(http, API, "received", cases);
  }
}
