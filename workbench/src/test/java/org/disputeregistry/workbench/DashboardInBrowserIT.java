package org.disputeregistry.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The analyst's pages in a real headless Chromium on the real stack (authorization server, both
 * services, workbench). Reconsideration cases of this year are recorded through the command API as
 * officer.li (two closed by a mediation agreement, one by a decision); analyst.liu sees the
 * mediation rate's tile with numerator and denominator, the charts drawn without a console error,
 * small counts marked suppressed; one more case closed by mediation makes the numerator grow by one
 * on reload, and a click on the numerator lists the cases behind it in the case search, that case
 * among them. Last year's cases (one mediated, one still open) give the year-on-year change (in
 * percentage points for the rate, a record for the count) and the ageing table, whose count lists
 * the open case. The Excel downloads (breakdowns, statutory tables, the case search) are read back
 * as workbooks. The annual report shows 调解率, and "mediation rate" after the switch to English.
 * Screenshots in {@code target/screenshots/}.
 */
class DashboardInBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private static final int YEAR = TODAY.getYear();
  private static final String STATISTICS = "/api/statistics/reconsiderations?year=";

  private static RealStack stack;
  private static int cases;

  @BeforeAll
  static void start() throws Exception {
    if (!Browser.present()) {
      return;
    }
    stack = RealStack.start();
    String officer = stack.freshToken("officer.li");
    // Last year: one case closed by mediation (a rate of 100%) and one still open.
    LocalDate lastYear = TODAY.withDayOfYear(1).minusYears(1);
    mediated(officer, acceptedCase(officer, lastYear), lastYear);
    acceptedCase(officer, lastYear);
    closedByMediation(officer);
    closedByMediation(officer);
    closedByDecision(officer);
    awaitMediationRate(YEAR - 1, 1, 1);
    awaitMediationRate(2, 3);
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
  void theAnalystWatchesTheMediationRateGrowAndFollowsItsNumeratorToTheCases() throws Exception {
    try (Browser browser = Browser.open()) {
      browser.signIn(stack, "analyst.liu");
      browser.find("nav-DASHBOARD").click();

      assertThat(browser.text("numerator-mediationRate")).isEqualTo("2");
      assertThat(browser.text("denominator-mediationRate")).isEqualTo("3");
      assertThat(browser.text("percent-mediationRate")).isEqualTo("66.67%");
      assertThat(browser.text("tile-mediationRate")).contains("调解率").contains("期内审结数");
      assertThat(browser.text("count-mediated")).isEqualTo("2");
      // Year on year: 2 of 3 against last year's 1 of 1, in percentage points.
      assertThat(browser.text("yoy-mediationRate")).contains("较上年 -33.33 个百分点").contains("100.00%");
      assertThat(browser.text("yoy-mediated")).contains("+1").contains("+100");
      assertThat(browser.text("record-mediated")).isEqualTo("创历年新高");
      assertThat(browser.has("record-mediationRate")).isFalse();
      assertAgeing(browser);
      // Four cases of one street: too few to publish by street, shown so and never as 0.
      assertThat(
              browser
                  .find("table-street")
                  .findElements(By.cssSelector("tbody tr:first-child .suppressed")))
          .isNotEmpty();
      assertChartsDrawn(browser);
      browser.screenshot("21-dashboard");

      String csv = browser.fetch(browser.find("csv-street").getAttribute("href"));
      assertThat(csv).contains("street,zh,en,received").contains("GUANGMING");
      assertThat(workbookText(browser, "xlsx-street")).contains("调解率").contains("光明");
      assertThat(workbookText(browser, "xlsx-respondentLevel")).contains("调解率");
      assertThat(workbook(browser, "statutory-tables").getSheetIndex("表1 按被申请人级别")).isNotNegative();

      String mediatedLater = closedByMediation(stack.freshToken("officer.li"));
      awaitMediationRate(3, 4);
      browser.driver().navigate().refresh();
      assertThat(browser.text("numerator-mediationRate")).isEqualTo("3");
      assertThat(browser.text("denominator-mediationRate")).isEqualTo("4");
      assertThat(browser.text("percent-mediationRate")).isEqualTo("75.00%");
      assertThat(browser.text("yoy-mediationRate")).contains("较上年 -25.00 个百分点");
      assertChartsDrawn(browser);
      browser.screenshot("22-dashboard-after-one-more-mediation");
      scrollTo(browser, "trend-heading");
      browser.screenshot("23-dashboard-charts");
      scrollTo(browser, "by-street-heading");
      browser.screenshot("24-dashboard-breakdown");

      // The second click: the numerator opens the case search on the cases behind it.
      URI target = URI.create(browser.find("numerator-mediationRate").getAttribute("href"));
      assertThat(target.getPath()).isEqualTo("/search");
      assertThat(target.getQuery())
          .isEqualTo("caseType=reconsideration&figure=mediationRate.numerator&year=" + YEAR);
      browser.find("numerator-mediationRate").click();
      assertThat(browser.text("result-count")).contains("3");
      assertThat(browser.text("figure-caption")).contains("调解率");
      List<String> ids = new ArrayList<>();
      browser
          .driver()
          .findElements(By.cssSelector("#results-table tbody tr"))
          .forEach(row -> ids.add(row.getAttribute("data-case-id")));
      assertThat(ids).hasSize(3).contains(mediatedLater);
      assertThat(workbookText(browser, "export-xlsx")).contains("光明复〔" + YEAR + "〕");
      browser.screenshot("27-cases-behind-the-numerator");
      browser.driver().navigate().back();

      browser.find("nav-ANNUAL_REPORT").click();
      browser.type("year", String.valueOf(YEAR));
      browser.find("report-submit").click();
      assertThat(reportText(browser)).contains("调解率");
      browser.screenshot("25-report-zh");
      assertThat(browser.fetch(browser.find("download-md").getAttribute("href"))).contains("调解率");

      // The switch keeps the page's year.
      browser.find("lang-en").click();
      assertThat(browser.find("year").getAttribute("value")).isEqualTo(String.valueOf(YEAR));
      assertThat(reportText(browser)).contains("mediation rate");
      browser.screenshot("26-report-en");
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  /**
   * Last year's open case in the ageing table: its row, a count that lists it in the case search,
   * and the chart.
   */
  private static void assertAgeing(Browser browser) {
    String row = "ageing-" + (YEAR - 1);
    assertThat(browser.find(row).findElement(By.cssSelector("td:last-child")).getText())
        .isEqualTo("1");
    browser.until(d -> !d.findElements(By.cssSelector("#ageing-chart canvas")).isEmpty());
    scrollTo(browser, "ageing-heading");
    browser.screenshot("28-dashboard-ageing");
    scrollTo(browser, "counts-heading");
    browser.screenshot("29-dashboard-year-on-year");
    String link = browser.find(row).findElement(By.cssSelector("a")).getAttribute("href");
    assertThat(URI.create(link).getQuery())
        .contains("openOn=")
        .contains("caseType=reconsideration");
    browser.go(link);
    assertThat(browser.text("result-count")).contains("1");
    browser.driver().navigate().back();
  }

  /** The workbook behind a download link, read back. */
  private static XSSFWorkbook workbook(Browser browser, String linkId) throws IOException {
    Browser.Download download = browser.download(browser.find(linkId).getAttribute("href"));
    assertThat(download.contentType())
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(download.body()).startsWith(0x50, 0x4B, 0x03, 0x04);
    return new XSSFWorkbook(new ByteArrayInputStream(download.body()));
  }

  /** Every cell's text of a downloaded workbook's first sheet. */
  private static String workbookText(Browser browser, String linkId) throws IOException {
    StringBuilder text = new StringBuilder();
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook workbook = workbook(browser, linkId)) {
      workbook
          .getSheetAt(0)
          .forEach(row -> row.forEach(c -> text.append(format.formatCellValue(c)).append('|')));
    }
    return text.toString();
  }

  private static void assertChartsDrawn(Browser browser) {
    browser.until(d -> !d.findElements(By.cssSelector("#trend-chart canvas")).isEmpty());
    browser.until(d -> !d.findElements(By.cssSelector("#street-chart canvas")).isEmpty());
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private static void scrollTo(Browser browser, String id) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView(true);", browser.find(id));
  }

  /** The text of the report in the page's frame. */
  private static String reportText(Browser browser) {
    return browser.frameText("report-frame");
  }

  /** Received at the start of the year, accepted, then closed by a mediation agreement. */
  private static String closedByMediation(String officer) throws Exception {
    return mediated(officer, acceptedCase(officer, TODAY.withDayOfYear(1)), TODAY);
  }

  private static String mediated(String officer, String caseId, LocalDate on) throws Exception {
    post(
        officer,
        "/api/reconsiderations/" + caseId + "/mediation-agreement",
        "{\"stepId\":\"%s\",\"effectiveOn\":\"%s\"}".formatted(UUID.randomUUID(), on));
    return caseId;
  }

  private static void closedByDecision(String officer) throws Exception {
    String caseId = acceptedCase(officer, TODAY.withDayOfYear(1));
    post(
        officer,
        "/api/reconsiderations/" + caseId + "/decision",
        "{\"stepId\":\"%s\",\"decidedOn\":\"%s\",\"outcome\":\"UPHELD\"}"
            .formatted(UUID.randomUUID(), TODAY));
  }

  private static String acceptedCase(String officer, LocalDate received) throws Exception {
    String caseId = UUID.randomUUID().toString();
    post(
        officer,
        "/api/reconsiderations",
        """
        {"caseId":"%s","caseNumber":"光明复〔%d〕%d号","receivedOn":"%s","channel":"ONLINE",
         "street":"GUANGMING","community":"BIYAN","category":"URBAN_MANAGEMENT",
         "respondentAgency":"光明区城市管理和综合执法局","applicants":["PERSON"],"actKind":"PENALTY"}"""
            .formatted(caseId, received.getYear(), 800 + ++cases, received));
    post(
        officer,
        "/api/reconsiderations/" + caseId + "/acceptance",
        "{\"stepId\":\"%s\",\"acceptedOn\":\"%s\",\"procedure\":\"ORDINARY\"}"
            .formatted(UUID.randomUUID(), received));
    return caseId;
  }

  private static void post(String token, String path, String body) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(stack.commandUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
  }

  private static JsonNode get(String baseUrl, String pathAndQuery, String account)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .header("Authorization", "Bearer " + token(account))
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /**
   * A token of the account not older than 20 s (the stack's tokens last 30 s): getting one starts a
   * JVM, so the polls share it.
   */
  private static synchronized String token(String account) {
    if (tokenOf == null || !tokenOf.equals(account) || System.nanoTime() - tokenAt > 20e9) {
      token = stack.freshToken(account);
      tokenOf = account;
      tokenAt = System.nanoTime();
    }
    return token;
  }

  private static String token;
  private static String tokenOf;
  private static long tokenAt;

  /** Until the query side has projected the cases: the API's rate, as the page will show it. */
  private static void awaitMediationRate(long numerator, long denominator) {
    awaitMediationRate(YEAR, numerator, denominator);
  }

  private static void awaitMediationRate(int year, long numerator, long denominator) {
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              JsonNode rate =
                  get(stack.queryUrl(), STATISTICS + year, "analyst.liu")
                      .path("figures")
                      .path("mediationRate");
              assertThat(rate.path("numerator").asLong()).isEqualTo(numerator);
              assertThat(rate.path("denominator").asLong()).isEqualTo(denominator);
            });
  }
}
