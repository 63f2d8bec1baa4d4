package org.disputeregistry.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disputeregistry.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The administration pages in a real headless Chromium on the real stack (the authorization server,
 * both services and the workbench as their jars): admin.he uploads a back-fill file with one bad
 * line and sees the report with the rejected line; sees a dead letter (a record the query side
 * could not read, put on its topic here) and replays it; starts a rebuild and sees its progress
 * reach done. A respondent agency typed as no directory entry names it is listed with its case
 * under the unmapped names. An analyst is offered no administration and is refused its pages.
 * Screenshots in {@code target/screenshots/admin-*}.
 */
class AdminInBrowserIT {

  private static RealStack stack;

  @BeforeAll
  static void start() throws Exception {
    if (Browser.present()) {
      stack = RealStack.start();
    }
  }

  @BeforeEach
  void needsABrowser() {
    Browser.require();
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void anAdminLoadsAFileSeesTheRejectedLineReplaysADeadLetterAndRebuilds() throws Exception {
    try (Browser browser = Browser.open()) {
      browser.signIn(stack, "admin.he", null);
      assertThat(browser.text("task-ADMINISTRATION")).contains("系统管理");
      browser.find("nav-ADMINISTRATION").click();
      browser.screenshot("admin-01-index");

      browser.driver().findElement(By.cssSelector("#admin-backfill a")).click();
      browser.find("backfill-file").sendKeys(backfillFile().toAbsolutePath().toString());
      browser.screenshot("admin-02-backfill-form");
      browser.find("backfill-submit").click();

      assertThat(browser.text("report-lines")).isEqualTo("3");
      assertThat(browser.text("report-loaded")).isEqualTo("2");
      assertThat(browser.text("report-rejected")).isEqualTo("1");
      assertThat(browser.text("rejection-2")).contains("servedOn");
      assertThat(browser.find("backfill-progress").getAttribute("value")).isEqualTo("100");
      browser.screenshot("admin-03-backfill-report");

      // A record the query side cannot read: parked as a dead letter.
      parkUnreadableRecord();
      browser.go(stack.workbenchUrl() + "/admin/dead-letters");
      browser.until(
          d -> {
            d.navigate().refresh();
            return !d.findElements(By.cssSelector("#dead-letters tbody tr")).isEmpty();
          });
      assertThat(browser.text("dead-letter-total")).contains("1");
      browser.screenshot("admin-04-dead-letters");
      browser.driver().findElement(By.cssSelector("#dead-letters button[id^=replay-]")).click();
      assertThat(browser.text("replay-result")).contains("仍无法应用");
      browser.screenshot("admin-05-dead-letter-replayed");
      browser.find("replay-all").click();
      assertThat(browser.text("replay-all-result")).contains("仍暂存 1 条");

      browser.go(stack.workbenchUrl() + "/admin/rebuild");
      assertThat(browser.find("rebuild-phase").getAttribute("data-phase")).isEqualTo("IDLE");
      browser.find("rebuild-start").click();
      assertThat(browser.text("rebuild-started")).isEqualTo("重建已开始。");
      // htmx asks for the progress every two seconds until the phase is DONE.
      browser.until(d -> "DONE".equals(browser.find("rebuild-phase").getAttribute("data-phase")));
      assertThat(browser.text("rebuild-phase")).isEqualTo("已完成");
      assertThat(Long.parseLong(browser.text("rebuild-read"))).isGreaterThanOrEqualTo(4);
      assertThat(browser.text("rebuild-behind")).isEqualTo("0");
      browser.screenshot("admin-06-rebuild-done");

      browser.find("lang-en").click();
      assertThat(browser.text("rebuild-phase")).isEqualTo("Done");
      browser.screenshot("admin-07-rebuild-done-en");
    }
  }

  @Test
  void anAdminPublishesAYearAndSeesADayBackFilledAfterwardsListedAsAChange() throws Exception {
    try (Browser browser = Browser.open()) {
      browser.signIn(stack, "admin.he", null);
      browser.go(stack.workbenchUrl() + "/admin");
      browser.driver().findElement(By.cssSelector("#admin-publications a")).click();
      browser.find("year").clear();
      browser.find("year").sendKeys("2023");
      browser.find("publications-submit").click();
      browser.find("publish").click();
      assertThat(browser.text("published")).startsWith("2023年度统计数据已公布为第");
      assertThat(browser.text("changes-total")).contains("共 0 件");

      UUID late = UUID.randomUUID();
      browser.go(stack.workbenchUrl() + "/admin/backfill");
      browser
          .find("backfill-file")
          .sendKeys(write(day(late, "2023-03-05") + "\n").toAbsolutePath().toString());
      browser.find("backfill-submit").click();
      assertThat(browser.text("report-loaded")).isEqualTo("1");

      browser.go(stack.workbenchUrl() + "/admin/publications?year=2023");
      browser.until(
          d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("changed-" + late)).isEmpty();
          });
      assertThat(browser.text("changed-" + late)).contains("服务人次").contains("+2");
      browser.screenshot("admin-09-publication-changes");
    }
  }

  @Test
  void anAdminSeesARespondentNotInTheDirectoryWithItsCasesAndHowToAddAnAlias() throws Exception {
    try (Browser browser = Browser.open()) {
      browser.signIn(stack, "admin.he", null);
      browser.go(stack.workbenchUrl() + "/admin/backfill");
      browser
          .find("backfill-file")
          .sendKeys(
              write(reconsiderationAgainst(UNKNOWN_AGENCY) + "\n").toAbsolutePath().toString());
      browser.find("backfill-submit").click();
      assertThat(browser.text("report-loaded")).isEqualTo("1");

      browser.go(stack.workbenchUrl() + "/admin");
      browser.driver().findElement(By.cssSelector("#admin-unmapped a")).click();
      browser.until(
          d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("unmapped-agencies")).isEmpty()
                && browser.text("unmapped-agencies").contains(UNKNOWN_AGENCY);
          });
      assertThat(browser.text("unmapped-agencies")).contains(UNKNOWN_AGENCY + " 1");
      assertThat(browser.text("unmapped-how")).contains("aliases").contains("重启查询服务");
      browser.screenshot("admin-10-unmapped-names");
    }
  }

  @Test
  void anAnalystIsOfferedNoAdministrationAndIsRefusedItsPages() {
    try (Browser browser = Browser.open()) {
      browser.signIn(stack, "analyst.liu", null);
      assertThat(browser.has("task-ADMINISTRATION")).isFalse();
      assertThat(browser.has("nav-ADMINISTRATION")).isFalse();
      for (String page :
          new String[] {
            "/admin", "/admin/backfill", "/admin/rebuild", "/admin/publications", "/admin/unmapped"
          }) {
        browser.go(stack.workbenchUrl() + page);
        assertThat(browser.text("forbidden")).isEqualTo("无权访问");
      }
      assertThat(browser.has("backfill-form")).isFalse();
      browser.screenshot("admin-08-forbidden-analyst");
    }
  }

  /** A respondent agency no entry of the directory names, nor any alias. */
  private static final String UNKNOWN_AGENCY = "光明区某不存在的执法大队";

  /** A back-fill line of a reconsideration of 2022 against {@code agency}, received only. */
  private static String reconsiderationAgainst(String agency) {
    UUID id = UUID.randomUUID();
    return """
        {"type":"reconsiderations","open":{"caseId":"%s","caseNumber":"光明复〔2022〕%s",\
        "receivedOn":"2022-02-01","channel":"ONLINE","street":"GUANGMING","community":"BIYAN",\
        "category":"TRANSPORT","respondentAgency":"%s","applicants":["PERSON"],\
        "actKind":"PENALTY"},"steps":[]}"""
        .formatted(id, id.toString().substring(0, 8), agency);
  }

  /** Two service-contact days and, on line 2, one without its date. */
  private static Path backfillFile() throws Exception {
    StringBuilder file = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      file.append(day(UUID.randomUUID(), i == 2 ? null : "2023-03-0" + i)).append('\n');
    }
    return write(file.toString());
  }

  /** A back-fill line of one service-contact day with two persons (without a date if null). */
  private static String day(UUID id, String servedOn) {
    String line =
        """
        {"type":"service-contacts","open":{"caseId":"%s","site":"ADMIN_IT_%s",\
        "street":"GONGMING","community":"XIACUN"%s},"steps":[\
        {"step":"contacts","contacts":[{"kind":"CONSULTATION","persons":2}]}]}""";
    return line.formatted(
        id,
        id.toString().substring(0, 8).toUpperCase(),
        servedOn == null ? "" : ",\"servedOn\":\"" + servedOn + "\"");
  }

  private static Path write(String text) throws Exception {
    Path path = Files.createTempFile(Path.of("target"), "backfill-", ".ndjson");
    Files.writeString(path, text, StandardCharsets.UTF_8);
    return path;
  }

  private static void parkUnreadableRecord() throws Exception {
    Map<String, Object> settings =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            TestInfrastructure.get().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all");
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
      producer
          .send(new ProducerRecord<>(stack.topic(), UUID.randomUUID().toString(), "not an event"))
          .get();
    }
  }
}
