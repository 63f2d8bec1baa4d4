package org.disputeregistry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.disputeregistry.testsupport.TestDatabase;
import org.disputeregistry.testsupport.TestInfrastructure;
import org.disputeregistry.workbench.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The demo year, loaded by the run command through the real command side (at the reduced petition
 * volume) as the {@code demo-loader} client of the embedded authorization server, gives the figures
 * of the district's 2023 report from the projections, and the report generated from the query
 * side's totals says them, to the report generator signed in as its own client.
 */
class DemoYearIT {

  private static final Path REPORT = Path.of("target", "demo-year-it", "report");

  static RunningSystem system;
  static DocumentContext totals;
  static String totalsAnswer;
  static TestDatabase commands;

  @BeforeAll
  static void loadTheDemoYear() {
    TestInfrastructure servers = TestInfrastructure.get();
    commands = servers.newDatabase("demo_commands");
    TestDatabase queries = servers.newDatabase("demo_queries");
    system =
        RunningSystem.start(
                Path.of("target", "demo-year-it", "data"),
                Map.of(
                    "REGISTRY_COMMAND_DB_URL", commands.jdbcUrl(),
                    "REGISTRY_QUERY_DB_URL", queries.jdbcUrl(),
                    "REGISTRY_COMMAND_DB_USER", commands.user(),
                    "REGISTRY_COMMAND_DB_PASSWORD", commands.password(),
                    "REGISTRY_QUERY_DB_USER", queries.user(),
                    "REGISTRY_QUERY_DB_PASSWORD", queries.password(),
                    "REGISTRY_KAFKA_BOOTSTRAP_SERVERS", servers.kafkaBootstrapServers(),
                    // A topic of its own: the shared broker holds the other system tests' cases.
                    "REGISTRY_KAFKA_TOPIC", "demo-year-it-" + UUID.randomUUID()),
                "--fresh",
                "--demo=test")
            .awaitReady();
    await("the demo year loaded and projected")
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofSeconds(2))
        .failFast(
            "the demo year was not loaded:\n" + system.output(),
            () -> system.output().contains("Demo year not loaded"))
        .until(() -> system.output().contains("loaded and projected"));
    totalsAnswer = system.getQuery("/api/statistics/totals?year=2023").body();
    totals = JsonPath.parse(totalsAnswer);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    system.close();
  }

  @Test
  void reconsiderationGivesTheReportsMediationRate() {
    assertThat(totals.read("$.reconsideration.closed", Integer.class)).isEqualTo(135);
    assertThat(totals.read("$.reconsideration.mediated", Integer.class)).isEqualTo(69);
    assertThat(totals.read("$.reconsideration.mediationRate.numerator", Integer.class))
        .isEqualTo(69);
    assertThat(totals.read("$.reconsideration.mediationRate.denominator", Integer.class))
        .isEqualTo(135);
    assertThat(new BigDecimal(totals.read("$.reconsideration.mediationRate.percent").toString()))
        .isEqualByComparingTo("51.11");
    assertThat(totals.read("$.reconsideration.carriedOver", Integer.class)).isPositive();
    assertThat(totals.read("$.reconsideration.openAtEnd", Integer.class)).isPositive();
  }

  @Test
  void petitionsAreResolvedAtTheReportsRateAndPersonTimesAddUp() {
    assertThat(totals.read("$.petitions.accepted", Integer.class)).isEqualTo(2_500);
    assertThat(new BigDecimal(totals.read("$.petitions.resolutionRate.percent").toString()))
        .isEqualByComparingTo("99.60");
    assertThat(totals.read("$.petitions.personTimesServed", Integer.class)).isEqualTo(11_300);
    assertThat(totals.read("$.petitions.byMonth.length()", Integer.class)).isEqualTo(12);
    assertThat(totals.read("$.petitions.byStreet.length()", Integer.class)).isEqualTo(6);
  }

  /**
   * The workbench's promise for analysts: from the dashboard's 调解率 51.11% to the 69 cases behind it
   * in two clicks (the dashboard in the menu, then the rate's numerator), in a real browser.
   */
  @Test
  void theAnalystGoesFromTheMediationRateToItsCasesInTwoClicks() {
    Browser.require();
    try (Browser browser = Browser.open()) {
      browser.signIn(
          "http://localhost:" + system.workbenchPort,
          "http://localhost:" + system.authPort,
          "analyst.liu",
          null);
      browser.find("nav-DASHBOARD").click();
      assertThat(browser.text("percent-mediationRate")).isEqualTo("51.11%");
      assertThat(browser.text("denominator-mediationRate")).isEqualTo("135");
      browser.screenshot("demo-year-dashboard");

      browser.find("numerator-mediationRate").click();
      assertThat(browser.text("figure-caption")).contains("调解率").contains("2023").contains("69");
      assertThat(browser.text("result-count")).contains("69");
      assertThat(browser.driver().findElements(By.cssSelector("#results-table tbody tr")))
          .isNotEmpty();
      browser.screenshot("demo-year-cases-behind-the-mediation-rate");

      // The report page renders the year's report, with 2021 and 2022 to compare.
      browser.find("nav-ANNUAL_REPORT").click();
      browser.type("year", "2023");
      browser.find("report-submit").click();
      assertThat(browser.frameText("report-frame"))
          .contains("调解复议案件69宗,调解率达51.11%,创历年新高")
          .contains("与2022年相比")
          .contains("未结案件账龄");
      browser.screenshot("demo-year-report");
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  /**
   * The case list's state of a case is the command side's: the summary follows the steps as the
   * aggregates do (two sides, one history). Every reconsideration case and a page of each other
   * type, each read back as an account that may read it.
   */
  @Test
  void theCaseListShowsEveryCaseAsTheCommandSideDoes() {
    assertThat(
            JsonPath.parse(
                    system
                        .getQuery(
                            "/api/cases?caseType=reconsideration&figure=mediated&year=2023&size=1000")
                        .body())
                .read("$.rows.length()", Integer.class))
        .isEqualTo(69);
    assertSameAsTheCommandSide("reconsideration", "officer.li", "/api/reconsiderations/");
    assertSameAsTheCommandSide(
        "commercial-mediation&organisation=CENTRE:SCIENCE_CITY",
        "mediator.chen",
        "/api/commercial-mediations/");
    assertSameAsTheCommandSide("petition", "petition.zhou", "/api/petitions/");
  }

  private static void assertSameAsTheCommandSide(String type, String reader, String casePath) {
    List<Map<String, Object>> rows =
        JsonPath.read(system.getQuery("/api/cases?size=300&caseType=" + type).body(), "$.rows[*]");
    assertThat(rows).isNotEmpty();
    for (Map<String, Object> row : rows) {
      HttpResponse<String> answer = system.getCommandAs(reader, casePath + row.get("caseId"));
      assertThat(answer.statusCode()).as("%s of %s", answer.body(), row).isEqualTo(200);
      DocumentContext held = JsonPath.parse(answer.body());
      assertThat(List.of(row.get("state"), row.get("version")))
          .as("case %s", row.get("caseNumber"))
          .isEqualTo(List.of(held.read("$.state"), held.read("$.version")));
    }
  }

  /**
   * 2021 and 2022 are loaded beside 2023 and leave its figures as they were; 2023's mediation rate
   * is the highest since records began, in the year-on-year comparison of the totals.
   */
  @Test
  void theEarlierYearsMakeTheMediationRateOf2023ARecord() {
    DocumentContext compared =
        JsonPath.parse(
            system
                .getQueryAs(
                    "report-generator", "/api/statistics/totals?year=2023&compare=previousYear")
                .body());
    String rate = "$.yearOnYear.figures.RECONSIDERATION.mediationRate.";
    assertThat(compared.read(rate + "record", String.class)).isEqualTo("HIGHEST");
    assertThat(compared.read(rate + "previous").toString()).isEqualTo("46.28");
    assertThat(compared.read(rate + "yearsCompared", Integer.class)).isEqualTo(2);
    // 2021's file holds the cases received in late 2020 and closed in 2021.
    assertThat(compared.read("$.yearOnYear.firstYearOnFile", Integer.class)).isEqualTo(2020);
    assertThat(compared.read("$.reconsideration.closed", Integer.class)).isEqualTo(135);
    DocumentContext y2021 =
        JsonPath.parse(system.getQuery("/api/statistics/reconsiderations?year=2021").body());
    assertThat(y2021.read("$.figures.mediationRate.numerator", Integer.class)).isEqualTo(41);
    assertThat(y2021.read("$.figures.mediationRate.denominator", Integer.class)).isEqualTo(102);
  }

  @Test
  void threeCommercialMediationCentres() {
    assertThat(totals.read("$.commercialMediation.centres.length()", Integer.class)).isEqualTo(3);
    assertThat(totals.read("$.commercialMediation.succeeded", Integer.class)).isPositive();
    assertThat(
            totals.read("$.commercialMediation.judicialConfirmationRate.numerator", Integer.class))
        .isPositive();
  }

  /**
   * The example of the docs is the real answer (its time aside), so it cannot drift from the API:
   * {@code -Dregenerate.examples=true} writes it anew after a change of the totals.
   */
  @Test
  void theDocumentedExampleOfTheTotalsIsTheRealAnswer() throws Exception {
    String real = DocumentedExample.of(totalsAnswer);
    Path example = Path.of("..", "docs", "annual-totals.example.json");
    if (Boolean.getBoolean("regenerate.examples")) {
      Files.writeString(example, real);
    }
    assertThat(Files.readString(example))
        .as(
            "docs/annual-totals.example.json is not the real answer of /api/statistics/totals;"
                + " run DemoYearIT with -Dregenerate.examples=true and review the difference")
        .isEqualTo(real);
  }

  @Test
  void theGeneratedReportSaysTheFiguresInChineseAndEnglish() {
    String zh = system.getQueryAs("report-generator", "/api/reports/annual/2023?format=md").body();
    assertThat(zh)
        .contains("调解复议案件69宗,调解率达51.11%,创历年新高")
        .contains("化解率99.60%")
        .contains("建成3家商事调解中心")
        .contains("## 四、未结案件账龄");
    String en = system.getQueryAs("report-generator", "/api/reports/annual/2023?lang=en").body();
    assertThat(en)
        .startsWith("<!DOCTYPE html>")
        .contains("a mediation rate of 51.11%")
        .contains("<svg");
  }

  /** Published, the year's report is written from that version and still says the same. */
  @Test
  void publishedTheReportSaysItsVersionAndTheSameFiguresWithNothingChangedSince() {
    HttpResponse<String> published = system.postQueryAs("admin.he", "/api/publications/2023");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    int version = JsonPath.read(published.body(), "$.version");

    String zh = system.getQueryAs("report-generator", "/api/reports/annual/2023?format=md").body();
    assertThat(zh)
        .contains("本节采用已公布的2023年统计数据第" + version + "版")
        .contains("调解复议案件69宗,调解率达51.11%")
        .contains("化解率99.60%")
        .contains("建成3家商事调解中心");
    String changes = system.getQueryAs("analyst.liu", "/api/publications/2023/changes").body();
    assertThat(JsonPath.<Integer>read(changes, "$.total")).as(changes).isZero();
  }

  @Test
  void everyEventOfTheDemoYearWasRecordedByTheDemoLoaderClient() throws Exception {
    try (Connection c =
            DriverManager.getConnection(commands.jdbcUrl(), commands.user(), commands.password());
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT DISTINCT convert_from(metadata, 'UTF8') FROM domainevententry")) {
      Set<String> actors = new TreeSet<>();
      while (rows.next()) {
        actors.add(
            JsonPath.<String>read(rows.getString(1), "$.actor")
                + " for "
                + JsonPath.<String>read(rows.getString(1), "$.actorOrganisation"));
      }
      assertThat(actors).containsExactly("demo-loader for DISTRICT");
    }
  }

  /** {@code java -jar report-generator.jar ... --token=$(./run.sh token report-generator)}. */
  @Test
  void theReportGeneratorWritesTheReportWithItsOwnTokenAndSaysSoWithoutOne() throws Exception {
    Run refused = reportGenerator();
    assertThat(refused.exitCode()).as(refused.output()).isEqualTo(3);
    assertThat(refused.output()).contains("401").contains("./run.sh token report-generator");

    Run written = reportGenerator("--token=" + system.token("report-generator"));
    assertThat(written.exitCode()).as(written.output()).isZero();
    assertThat(Files.readString(REPORT.resolve("report.zh.md")))
        .contains("调解率达51.11%")
        .contains("化解率99.60%");
  }

  private record Run(int exitCode, String output) {}

  private static Run reportGenerator(String... token) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-jar",
                System.getProperty("report.jar"),
                "--year=2023",
                "--lang=zh",
                "--out=" + REPORT,
                "--query-url=http://localhost:" + system.queryPort));
    command.addAll(List.of(token));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("REGISTRY_TOKEN");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), output);
  }
}
