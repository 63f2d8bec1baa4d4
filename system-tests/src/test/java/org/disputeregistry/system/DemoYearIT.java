package org.disputeregistry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.disputeregistry.testsupport.TestDatabase;
import org.disputeregistry.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo year, loaded by the run command through the real command side (at the reduced petition
 * volume), gives the figures of the district's 2023 report from the projections, and the report
 * generated from the query side's totals says them.
 */
class DemoYearIT {

  static RunningSystem system;
  static DocumentContext totals;

  @BeforeAll
  static void loadTheDemoYear() {
    TestInfrastructure servers = TestInfrastructure.get();
    TestDatabase commands = servers.newDatabase("demo_commands");
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
                    "REGISTRY_KAFKA_BOOTSTRAP_SERVERS", servers.kafkaBootstrapServers()),
                "--fresh",
                "--demo=test")
            .awaitReady();
    await("the demo year loaded and projected")
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofSeconds(2))
        .failFast(
            "the demo year was not loaded:\n" + system.output(),
            () -> system.output().contains("Demo year not loaded"))
        .until(() -> system.output().contains("Demo year projected"));
    totals = JsonPath.parse(system.getQuery("/api/statistics/totals?year=2023").body());
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

  @Test
  void threeCommercialMediationCentres() {
    assertThat(totals.read("$.commercialMediation.centres.length()", Integer.class)).isEqualTo(3);
    assertThat(totals.read("$.commercialMediation.succeeded", Integer.class)).isPositive();
    assertThat(
            totals.read("$.commercialMediation.judicialConfirmationRate.numerator", Integer.class))
        .isPositive();
  }

  @Test
  void theGeneratedReportSaysTheFiguresInChineseAndEnglish() {
    String zh = system.getQuery("/api/reports/annual/2023?format=md").body();
    assertThat(zh).contains("调解复议案件69宗,调解率达51.11%").contains("化解率99.60%").contains("建成3家商事调解中心");
    String en = system.getQuery("/api/reports/annual/2023?lang=en").body();
    assertThat(en)
        .startsWith("<!DOCTYPE html>")
        .contains("a mediation rate of 51.11%")
        .contains("<svg");
  }
}
