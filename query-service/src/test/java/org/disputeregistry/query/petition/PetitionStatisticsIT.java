package org.disputeregistry.query.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.disputeregistry.query.support.CaseStreams.rate;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.AdministrativeActKind;
import org.disputeregistry.events.reconsideration.ApplicantKind;
import org.disputeregistry.events.reconsideration.ApplicationChannel;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationMediationAgreementEffectiveEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationSuspendedEvent;
import org.disputeregistry.query.petition.PetitionHistories.Facts;
import org.disputeregistry.query.petition.PetitionHistories.History;
import org.disputeregistry.query.petition.PetitionHistories.ServiceDay;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.support.CaseStreams;
import org.disputeregistry.query.support.CountedBreakdowns;
import org.disputeregistry.query.support.DrillDowns;
import org.disputeregistry.query.support.Readers;
import org.disputeregistry.query.support.Rebuilds;
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
 * Random, valid petition histories and service-contact days through a real topic into the read
 * models; every figure, the person-times served and the overdue and due-soon lists must equal the
 * test's own computation over the histories, also after every event was delivered a second time.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "registry.kafka.topic=" + PetitionStatisticsIT.TOPIC,
      // Exact counts of small groups are what this checks; SmallCellsIT checks their suppression.
      "registry.statistics.min-cell-count=0"
    })
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PetitionStatisticsIT {

  static final String TOPIC = "petition-statistics-it";
  static final long SEED = 20200101L;
  static final int CASES = 300;
  static final int SERVICE_DAYS = 160;
  static final String API = "/api/statistics/petitions";
  static final LocalDate FIRST = LocalDate.of(2021, 1, 1);
  static final LocalDate LAST = LocalDate.of(2024, 6, 30);

  TestRestTemplate http;

  @Autowired
  void callAsAReader(TestRestTemplate anonymous) {
    http = Readers.of(anonymous);
  }

  @Value("${registry.kafka.bootstrap-servers}")
  String bootstrapServers;

  List<History> histories;
  List<ServiceDay> serviceDays;
  List<ProducerRecord<String, byte[]>> records;

  @BeforeAll
  void publishHistories() {
    histories = new ArrayList<>(PetitionHistories.generate(SEED, CASES, FIRST, LAST));
    serviceDays = PetitionHistories.serviceDays(SEED, SERVICE_DAYS, FIRST, LAST);
    List<List<CaseEvent>> all = new ArrayList<>();
    histories.forEach(h -> all.add(h.events()));
    serviceDays.forEach(d -> all.add(d.events()));
    all.addAll(reconsiderations());
    records = CaseStreams.interleaved(TOPIC, all, new Random(SEED));
    CaseStreams.createTopic(bootstrapServers, TOPIC);
    CaseStreams.publish(bootstrapServers, records);
    awaitInTotal(CASES);
  }

  @Autowired PetitionStatistics statistics;
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
              YearsOneByOne.of(
                  year,
                  Dimension.STREET,
                  q -> statistics.figures(q, null),
                  q -> statistics.breakdown(q, null)));
      assertThat(atOnce).as("year %d", year).isEqualTo(oneByOne);
    }
  }

  @Test
  void everyFigureOfEveryYearEqualsAnIndependentComputation() {
    for (int year = 2021; year <= 2024; year++) {
      assertFigures("year=" + year, year(year), null, f -> true, d -> true);
    }
    assertFigures(
        "from=2022-03-15&to=2023-02-10",
        new LocalDate[] {LocalDate.of(2022, 3, 15), LocalDate.of(2023, 2, 10)},
        null,
        f -> true,
        d -> true);
    assertFigures(
        "year=2023&asOf=2023-12-31", year(2023), LocalDate.of(2023, 12, 31), f -> true, d -> true);
    assertFigures(
        "year=2022&street=GONGMING",
        year(2022),
        null,
        f -> f.street.equals("GONGMING"),
        d -> d.street().equals("GONGMING"));
    assertFigures(
        "year=2023&community=LOUCUN&asOf=2024-01-15",
        year(2023),
        LocalDate.of(2024, 1, 15),
        f -> f.community.equals("LOUCUN"),
        d -> d.community().equals("LOUCUN"));
    // Service contacts have no category: person-times served does not apply.
    assertFigures(
        "year=2023&category=HUMAN_RESOURCES",
        year(2023),
        null,
        f -> f.category.equals("HUMAN_RESOURCES"),
        null);
    // Nor departments; a department named in no directory entry is UNMAPPED, none NOT_ASSIGNED.
    for (String department : List.of("HOUSING_AND_CONSTRUCTION", "UNMAPPED", "NOT_ASSIGNED")) {
      assertFigures(
          "year=2023&department=" + department,
          year(2023),
          null,
          f -> f.department.equals(department),
          null);
    }
    breakdownPerDepartmentHasARowPerCodeNeverPerSpelling();
  }

  private void breakdownPerDepartmentHasARowPerCodeNeverPerSpelling() {
    LocalDate[] period = year(2023);
    List<Map<String, Object>> rows =
        figures(http, API + "/breakdown?year=2023&by=department").read("$.rows");
    Map<String, List<Long>> got = new TreeMap<>();
    rows.forEach(
        r ->
            got.put(
                (String) r.get("department"),
                List.of(
                    ((Number) r.get("registered")).longValue(),
                    ((Number) r.get("accepted")).longValue())));
    Map<String, List<Long>> expected = new TreeMap<>();
    histories.stream()
        .map(History::facts)
        .filter(f -> !f.registeredOn.isAfter(period[1]))
        .forEach(
            f ->
                expected.merge(
                    f.department,
                    List.of(
                        in(f.registeredOn, period[0], period[1]) ? 1L : 0L,
                        in(f.acceptedOn, period[0], period[1]) ? 1L : 0L),
                    (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1))));
    assertThat(got).as("by=department").isEqualTo(expected);
  }

  @Test
  void personTimesServedIsTheSumOfTheBatchesNotVoided() {
    for (int year = 2021; year <= 2024; year++) {
      LocalDate[] period = year(year);
      assertThat(
              JsonPath.parse(http.getForObject(API + "?year=" + year, String.class))
                  .read("$.figures.personTimesServed", Long.class))
          .as("person-times served in " + year)
          .isEqualTo(personTimes(d -> true, period[0], period[1]));
    }
  }

  @Test
  void breakdownByStreetIsAvailableAsCsvWithPersonTimes() {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.valueOf("text/csv")));
    String csv =
        http.exchange(
                API + "/breakdown?year=2023&by=street",
                HttpMethod.GET,
                new HttpEntity<>(headers),
                String.class)
            .getBody();
    List<String> lines = csv.lines().toList();
    List<String> columns = List.of(lines.get(0).substring(1).split(","));
    assertThat(columns.subList(0, 4)).containsExactly("street", "zh", "en", "registered");
    LocalDate[] period = year(2023);
    for (String[] place : PetitionHistories.PLACES) {
      Map<String, Object> expected = expected(facts(f -> f.street.equals(place[0])), period, null);
      String row =
          lines.stream().filter(l -> l.startsWith(place[0] + ",")).findFirst().orElseThrow();
      List<String> values = List.of(row.split(",", -1));
      assertThat(
              List.of(
                  values.get(columns.indexOf("registered")),
                  values.get(columns.indexOf("resolved")),
                  values.get(columns.indexOf("personTimesServed"))))
          .as(place[0])
          .containsExactly(
              String.valueOf(expected.get("registered")),
              String.valueOf(expected.get("resolved")),
              String.valueOf(personTimes(d -> d.street().equals(place[0]), period[0], period[1])));
    }
  }

  @Test
  void overdueAndDueSoonListsNameExactlyTheCasesPastOrNearTheirLimits() {
    for (LocalDate asOf : List.of(LocalDate.of(2022, 6, 30), LocalDate.of(2023, 11, 15))) {
      assertThat(list("/api/cases/overdue?caseType=petition&asOf=" + asOf))
          .as("overdue on " + asOf)
          .isEqualTo(deadlines(asOf, true, 0));
      assertThat(list("/api/cases/due-soon?caseType=petition&within=7&asOf=" + asOf))
          .as("due within 7 days of " + asOf)
          .isEqualTo(deadlines(asOf, false, 7));
    }
    assertThat(list("/api/cases/overdue?caseType=reconsideration&asOf=2023-06-30"))
        .containsExactly("R-OVERDUE DECISION 2023-03-02 120");
    assertThat(list("/api/cases/due-soon?caseType=reconsideration&within=7&asOf=2023-06-30"))
        .containsExactly("R-DUE-SOON DECISION 2023-07-03 3");
  }

  @Test
  void theCaseListsArePagedFollowingTheLinkToTheNextPageGivesTheWholeList() {
    String whole = "/api/cases/overdue?caseType=petition&asOf=2023-11-15&size=1000";
    List<Object> all = JsonPath.read(http.getForObject(whole, String.class), "$.rows[*].caseId");
    assertThat(all).hasSizeGreaterThan(2);

    List<Object> paged = new java.util.ArrayList<>();
    String next = "/api/cases/overdue?caseType=petition&asOf=2023-11-15&size=2";
    while (next != null) {
      ResponseEntity<String> page = http.getForEntity(next, String.class);
      paged.addAll(JsonPath.<List<Object>>read(page.getBody(), "$.rows[*].caseId"));
      String link = page.getHeaders().getFirst(org.springframework.http.HttpHeaders.LINK);
      next = link == null ? null : link.replaceFirst("^<([^>]*)>; rel=\"next\"$", "$1");
    }
    assertThat(paged).isEqualTo(all);

    for (String size : List.of("0", "1001")) {
      ResponseEntity<String> refused =
          http.getForEntity("/api/cases/due-soon?caseType=petition&size=" + size, String.class);
      assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
      assertThat(JsonPath.<List<String>>read(refused.getBody(), "$.errors[*].field"))
          .containsExactly("size");
    }
  }

  @Test
  void theCountersAgreeWithTheCaseTable() {
    CountedBreakdowns.assertAgreeWithTheCaseTable(http, "/api/statistics/petitions", "street");
  }

  @Test
  void aRebuildFromTheTopicGivesTheSameFigures() {
    String before = http.getForObject("/api/statistics/petitions?year=2023", String.class);
    String list = "/api/cases?caseType=petition&sort=caseId&size=1000";
    String listed = http.getForObject(list, String.class);
    Rebuilds.rebuildAndWait(http);

    assertThat(http.getForObject("/api/statistics/petitions?year=2023", String.class))
        .isEqualTo(before);
    assertThat(http.getForObject(list, String.class)).as("the case list").isEqualTo(listed);
    everyFigureOfEveryYearEqualsAnIndependentComputation();
  }

  @Test
  void everyEventDeliveredTwiceChangesNothing() {
    String before = http.getForObject(API + "?year=2023", String.class);
    // The sentinel below was received in 2019: the list of the others must not change.
    String list = "/api/cases?caseType=petition&receivedFrom=2020-01-01&sort=caseId&size=1000";
    String listed = http.getForObject(list, String.class);
    CaseStreams.publish(bootstrapServers, records);
    // A petition published after the repeats: once it counts, every repeat before it was consumed.
    History sentinel =
        PetitionHistories.generate(SEED + 1, 1, LocalDate.of(2019, 5, 5), LocalDate.of(2019, 5, 5))
            .get(0);
    CaseStreams.publish(
        bootstrapServers,
        CaseStreams.interleaved(TOPIC, List.of(sentinel.events()), new Random(1)));
    // Its acceptance is overdue ever since, like any other case's.
    histories.add(sentinel);
    awaitInTotal(CASES + 1);

    assertThat(http.getForObject(API + "?year=2023", String.class)).isEqualTo(before);
    assertThat(http.getForObject(list, String.class)).isEqualTo(listed);
    everyFigureOfEveryYearEqualsAnIndependentComputation();
    personTimesServedIsTheSumOfTheBatchesNotVoided();
    overdueAndDueSoonListsNameExactlyTheCasesPastOrNearTheirLimits();
  }

  private void assertFigures(
      String query,
      LocalDate[] period,
      LocalDate asOf,
      Predicate<Facts> filter,
      Predicate<ServiceDay> days) {
    DocumentContext actual = figures(http, API + "?" + query);
    DrillDowns.assertEveryFigureListsTheCasesItCounts(
        http, PetitionFigures.ALL, "petition", API, query);
    Map<String, Object> got = new TreeMap<>();
    counts(
        actual,
        List.of(
            "registered",
            "registeredPersons",
            "accepted",
            "notAccepted",
            "redirected",
            "resolved",
            "notResolved",
            "replied",
            "satisfied",
            "basicallySatisfied",
            "dissatisfied",
            "reviewsRequested",
            "reviewsDecided",
            "reReviewsRequested",
            "reReviewsDecided"),
        got);
    rates(
        actual,
        List.of(
            "onTimeAcceptanceRate",
            "resolutionRate",
            "onTimeReplyRate",
            "satisfactionRate",
            "reviewRate",
            "reReviewRate"),
        got);
    Number served = actual.read("$.figures.personTimesServed");
    got.put("personTimesServed", served == null ? null : served.longValue());
    got.put("asOf", actual.read("$.figures.asOf"));

    Map<String, Object> expected = expected(facts(filter), period, asOf);
    expected.put(
        "personTimesServed", days == null ? null : personTimes(days, period[0], period[1]));
    expected.put("asOf", asOf == null ? null : asOf.toString());
    assertThat(got).as(query).isEqualTo(expected);
  }

  /** The figures computed from the facts alone. */
  private static Map<String, Object> expected(
      List<Facts> cases, LocalDate[] period, LocalDate asOf) {
    LocalDate from = period[0];
    LocalDate to = period[1];
    LocalDate until = asOf == null ? LocalDate.of(9999, 12, 31) : asOf;
    List<Facts> cohort = cases.stream().filter(f -> in(f.acceptedOn, from, to)).toList();
    Map<String, Object> expected = new TreeMap<>();
    List<Facts> registered = cases.stream().filter(f -> in(f.registeredOn, from, to)).toList();
    expected.put("registered", (long) registered.size());
    expected.put("registeredPersons", registered.stream().mapToLong(f -> f.persons).sum());
    expected.put("accepted", (long) cohort.size());
    expected.put("notAccepted", count(cases, f -> in(f.notAcceptedOn, from, to)));
    expected.put("redirected", count(cases, f -> in(f.redirectedOn, from, to)));
    long resolved =
        count(cohort, f -> "RESOLVED".equals(f.resolution) && by(f.resolutionOn, until));
    expected.put("resolved", resolved);
    expected.put(
        "notResolved",
        count(cohort, f -> "NOT_RESOLVED".equals(f.resolution) && by(f.resolutionOn, until)));
    List<Facts> replied = cohort.stream().filter(f -> by(f.repliedOn, until)).toList();
    expected.put("replied", (long) replied.size());
    Map<String, Long> ratings = new TreeMap<>();
    cohort.stream()
        .filter(f -> by(f.ratedOn, until))
        .forEach(f -> ratings.merge(f.satisfaction, 1L, Long::sum));
    long satisfied = ratings.getOrDefault("SATISFIED", 0L);
    long basically = ratings.getOrDefault("BASICALLY_SATISFIED", 0L);
    long dissatisfied = ratings.getOrDefault("DISSATISFIED", 0L);
    expected.put("satisfied", satisfied);
    expected.put("basicallySatisfied", basically);
    expected.put("dissatisfied", dissatisfied);
    long reviews = count(cohort, f -> by(f.reviewRequestedOn, until));
    long reviewsDecided = count(cohort, f -> by(f.reviewDecidedOn, until));
    long reReviews = count(cohort, f -> by(f.reReviewRequestedOn, until));
    expected.put("reviewsRequested", reviews);
    expected.put("reviewsDecided", reviewsDecided);
    expected.put("reReviewsRequested", reReviews);
    expected.put("reReviewsDecided", count(cohort, f -> by(f.reReviewDecidedOn, until)));
    expected.put(
        "onTimeAcceptanceRate",
        rate(count(cohort, f -> !f.acceptedOn.isAfter(f.acceptanceDueOn)), cohort.size()));
    expected.put("resolutionRate", rate(resolved, cohort.size()));
    expected.put(
        "onTimeReplyRate",
        rate(count(replied, f -> !f.repliedOn.isAfter(f.replyDueOn)), replied.size()));
    expected.put(
        "satisfactionRate", rate(satisfied + basically, satisfied + basically + dissatisfied));
    expected.put("reviewRate", rate(reviews, replied.size()));
    expected.put("reReviewRate", rate(reReviews, reviewsDecided));
    return expected;
  }

  /** "caseNumber STEP dueOn days" of every limit running at asOf, overdue or due soon. */
  private TreeSet<String> deadlines(LocalDate asOf, boolean overdue, int within) {
    TreeSet<String> expected = new TreeSet<>();
    for (History history : histories) {
      Facts f = history.facts();
      LocalDate decided =
          Stream.of(f.acceptedOn, f.notAcceptedOn, f.redirectedOn)
              .filter(d -> d != null)
              .findFirst()
              .orElse(null);
      limit(
          expected,
          f,
          "ACCEPTANCE",
          f.registeredOn,
          f.acceptanceDueOn,
          decided,
          asOf,
          overdue,
          within);
      limit(expected, f, "REPLY", f.acceptedOn, f.replyDueOn, f.repliedOn, asOf, overdue, within);
      limit(
          expected,
          f,
          "REVIEW_DECISION",
          f.reviewRequestedOn,
          f.reviewDueOn,
          f.reviewDecidedOn,
          asOf,
          overdue,
          within);
      limit(
          expected,
          f,
          "RE_REVIEW_DECISION",
          f.reReviewRequestedOn,
          f.reReviewDueOn,
          f.reReviewDecidedOn,
          asOf,
          overdue,
          within);
    }
    return expected;
  }

  private static void limit(
      TreeSet<String> list,
      Facts f,
      String step,
      LocalDate started,
      LocalDate due,
      LocalDate stopped,
      LocalDate asOf,
      boolean overdue,
      int within) {
    if (started == null || started.isAfter(asOf) || (stopped != null && !stopped.isAfter(asOf))) {
      return;
    }
    long days = ChronoUnit.DAYS.between(asOf, due);
    if (overdue ? days < 0 : days >= 0 && days <= within) {
      list.add(f.caseNumber + " " + step + " " + due + " " + Math.abs(days));
    }
  }

  private TreeSet<String> list(String url) {
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
                    + (r.containsKey("daysOverdue") ? r.get("daysOverdue") : r.get("daysLeft"))));
    return got;
  }

  /**
   * Reconsideration cases for its lists on 2023-06-30: one overdue, one due in three days, one
   * suspended past its due date, one closed.
   */
  private static List<List<CaseEvent>> reconsiderations() {
    LocalDate accepted = LocalDate.of(2023, 1, 1);
    List<List<CaseEvent>> cases = new ArrayList<>();
    cases.add(reconsideration(1, "R-OVERDUE", accepted, accepted.plusDays(60), null));
    cases.add(
        reconsideration(2, "R-DUE-SOON", LocalDate.of(2023, 5, 4), LocalDate.of(2023, 7, 3), null));
    List<CaseEvent> suspended =
        reconsideration(3, "R-SUSPENDED", accepted, accepted.plusDays(60), null);
    suspended.add(
        new ReconsiderationSuspendedEvent(
            suspended.get(0).caseId(), new UUID(3, 3), LocalDate.of(2023, 2, 1), "pending"));
    cases.add(suspended);
    cases.add(
        reconsideration(4, "R-CLOSED", accepted, accepted.plusDays(60), LocalDate.of(2023, 6, 1)));
    return cases;
  }

  private static List<CaseEvent> reconsideration(
      int n, String number, LocalDate acceptedOn, LocalDate due, LocalDate closedOn) {
    CaseId id = new CaseId(new UUID(0x5eed_0000_4000L | ((long) n << 20), n));
    List<CaseEvent> events = new ArrayList<>();
    events.add(
        new ReconsiderationApplicationReceivedEvent(
            id,
            number,
            acceptedOn,
            ApplicationChannel.ONLINE,
            "GUANGMING",
            "BIYAN",
            "URBAN_MANAGEMENT",
            "agency",
            List.of(ApplicantKind.PERSON),
            AdministrativeActKind.PENALTY,
            acceptedOn.plusDays(5)));
    events.add(
        new ReconsiderationAcceptedEvent(
            id, new UUID(n, 1), acceptedOn, Procedure.ORDINARY, false, due, null));
    if (closedOn != null) {
      events.add(new ReconsiderationMediationAgreementEffectiveEvent(id, new UUID(n, 2), closedOn));
    }
    return events;
  }

  private long personTimes(Predicate<ServiceDay> filter, LocalDate from, LocalDate to) {
    return serviceDays.stream()
        .filter(filter)
        .filter(d -> in(d.servedOn(), from, to))
        .mapToLong(ServiceDay::persons)
        .sum();
  }

  private List<Facts> facts(Predicate<Facts> filter) {
    return histories.stream().map(History::facts).filter(filter).toList();
  }

  private static boolean by(LocalDate date, LocalDate until) {
    return date != null && !date.isAfter(until);
  }

  /** Until the petitions, the persons served and the reconsideration cases are all projected. */
  private void awaitInTotal(int petitions) {
    long persons = personTimes(d -> true, FIRST, LAST);
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () -> {
              DocumentContext all =
                  JsonPath.parse(
                      http.getForObject(API + "?from=1990-01-01&to=2100-12-31", String.class));
              return all.read("$.figures.registered", Integer.class) == petitions
                  && all.read("$.figures.personTimesServed", Long.class) == persons
                  && list("/api/cases/overdue?caseType=reconsideration&asOf=2023-06-30")
                      .equals(new TreeSet<>(List.of("R-OVERDUE DECISION 2023-03-02 120")))
                  && list("/api/cases/due-soon?caseType=reconsideration&within=7&asOf=2023-06-30")
                      .equals(new TreeSet<>(List.of("R-DUE-SOON DECISION 2023-07-03 3")));
            });
  }
}
