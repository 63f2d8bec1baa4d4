package org.disputeregistry.workbench;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Locale;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The case search and the work queue in a real headless Chromium on the real stack, query-service
 * included: six cases recorded through the command side's back-fill (as the demo-loader client, the
 * admin) and projected into the case list; the analyst searches by number prefix, filters, sorts,
 * pages and downloads the CSV; the reconsideration officer's queue shows her open cases, overdue
 * first, with the counts; a mediator sees only her centre's case and opens it.
 */
class SearchInBrowserIT {

  private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

  private static RealStack stack;

  /** The case numbers of this run begin with it: other tests' cases do not get in the way. */
  private static final String TAG =
      "SR" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

  private static final LocalDate TODAY = LocalDate.now(DISTRICT);

  @BeforeAll
  static void start() throws Exception {
    if (Browser.present()) {
      stack = RealStack.start();
      recordCases();
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
  void anAnalystSearchesFiltersSortsPagesAndDownloadsTheList() throws Exception {
    try (Browser browser = Browser.open()) {
      signIn(browser, "analyst.liu");
      browser.find("nav-CASE_SEARCH").click();
      browser.type("numberPrefix", TAG);
      browser.find("search-submit").click();
      browser.until(d -> d.getCurrentUrl().contains("numberPrefix=" + TAG));
      awaitText(browser, "result-count", "共 6 件");
      assertThat(numbers(browser)).hasSize(6).allMatch(n -> n.startsWith(TAG));
      browser.screenshot("search-01-prefix");

      browser.select("caseType", "reconsideration");
      browser.select("street", "GUANGMING");
      browser.find("search-submit").click();
      awaitText(browser, "result-count", "共 3 件");
      assertThat(numbers(browser)).containsExactlyInAnyOrder(TAG + "-R1", TAG + "-R3", TAG + "-R4");
      assertThat(browser.driver().getCurrentUrl()).contains("street=GUANGMING");
      browser.screenshot("search-02-filtered");

      browser.find("sort-caseNumber").click();
      browser.until(d -> d.getCurrentUrl().contains("sort=caseNumber"));
      await(browser, () -> numbers(browser).equals(List.of(TAG + "-R1", TAG + "-R3", TAG + "-R4")));
      browser.find("sort-caseNumber").click();
      await(browser, () -> numbers(browser).equals(List.of(TAG + "-R4", TAG + "-R3", TAG + "-R1")));
      assertThat(
              browser.driver().findElement(By.cssSelector("th[aria-sort='descending']")).getText())
          .contains("案号");
      browser.screenshot("search-03-sorted");

      // Two a page: the API's next link, followed to the end.
      browser.go(stack.workbenchUrl() + "/search?numberPrefix=" + TAG + "&sort=caseNumber&size=2");
      List<String> paged = new ArrayList<>(numbers(browser));
      for (int page = 2; browser.has("page-next"); page++) {
        browser.find("page-next").click();
        String expected = "第 " + page + " 页";
        awaitText(browser, "page-number", expected);
        paged.addAll(numbers(browser));
      }
      assertThat(paged)
          .containsExactly(
              TAG + "-M1", TAG + "-M2", TAG + "-R1", TAG + "-R2", TAG + "-R3", TAG + "-R4");
      browser.screenshot("search-04-last-page");

      HttpResponse<String> csv = download(browser, browser.find("export").getAttribute("href"));
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
      assertThat(csv.headers().firstValue("Content-Disposition"))
          .get()
          .asString()
          .contains("attachment");
      String[] lines = csv.body().split("\r\n");
      assertThat(lines[0]).contains("caseType,caseId,caseNumber,state");
      assertThat(lines).hasSize(7);
      assertThat(lines[1]).contains(TAG + "-M1");

      browser.go(stack.workbenchUrl() + "/search?numberPrefix=" + TAG + "&receivedFrom=2023-02-30");
      assertThat(browser.text("receivedFrom-error")).isEqualTo("检索条件无效，请检查其格式和取值。");
      assertThat(browser.find("receivedFrom").getAttribute("aria-invalid")).isEqualTo("true");
      browser.screenshot("search-05-bad-filter");
      // The language switch keeps the search.
      browser.find("lang-en").click();
      assertThat(browser.text("receivedFrom-error"))
          .isEqualTo("Not a valid search condition: check its form and value.");
      assertThat(browser.find("numberPrefix").getAttribute("value")).isEqualTo(TAG);
      browser.find("lang-zh").click();

      browser.go(
          stack.workbenchUrl()
              + "/search?caseType=reconsideration&figure=received&year="
              + TODAY.getYear()
              + "&numberPrefix="
              + TAG);
      assertThat(browser.text("figure-caption")).startsWith("收案 " + TODAY.getYear() + "：");
      browser.screenshot("search-06-figure");

      // An analyst has no queue: hers is the search.
      browser.go(stack.workbenchUrl() + "/queue");
      browser.find("search-form");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/search");
    }
  }

  @Test
  void anOfficersQueueShowsHerOpenCasesOverdueFirst() {
    try (Browser browser = Browser.open()) {
      signIn(browser, "officer.li");
      browser.find("nav-WORK_QUEUE").click();
      WebElement table = browser.find("queue-table");
      List<String> numbers = numbers(browser);
      assertThat(numbers.stream().filter(n -> n.startsWith(TAG)))
          .containsExactly(TAG + "-R1", TAG + "-R2", TAG + "-R3");
      assertThat(table.findElement(By.cssSelector("tr.overdue a.case-link")).getText())
          .isEqualTo(TAG + "-R1");
      // Her only cases are this test's: R1 overdue for review, R2 due in 3 days, R3 accepted.
      assertThat(browser.text("count-overdue")).isEqualTo("1");
      assertThat(browser.text("count-week")).isEqualTo("1");
      assertThat(browser.text("count-later")).isEqualTo("1");
      assertThat(browser.text("count-open")).isEqualTo("3");
      browser.screenshot("queue-01-officer");

      browser.driver().findElement(By.linkText(TAG + "-R1")).click();
      assertThat(browser.text("case-number")).isEqualTo(TAG + "-R1");
    }
  }

  @Test
  void aMediatorSeesOnlyHerCentresCasesAndOpensOne() {
    try (Browser browser = Browser.open()) {
      signIn(browser, "mediator.chen");
      browser.go(stack.workbenchUrl() + "/search?numberPrefix=" + TAG);
      awaitText(browser, "result-count", "共 1 件");
      assertThat(numbers(browser)).containsExactly(TAG + "-M1");
      browser.screenshot("search-07-mediator");
      browser.driver().findElement(By.linkText(TAG + "-M1")).click();
      assertThat(browser.text("case-number")).isEqualTo(TAG + "-M1");
    }
  }

  /** The case numbers of the results, in order. */
  private static List<String> numbers(Browser browser) {
    return browser.driver().findElements(By.cssSelector("a.case-link")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static void awaitText(Browser browser, String id, String text) {
    await(browser, () -> browser.text(id).equals(text));
  }

  /**
   * Waits until {@code condition} holds; htmx replaces the page's main part, so an element read
   * while it does so is gone: then the condition is asked again.
   */
  private static void await(Browser browser, java.util.function.BooleanSupplier condition) {
    browser.until(
        d -> {
          try {
            return condition.getAsBoolean();
          } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return false;
          }
        });
  }

  /** The export as the browser would get it: with the session's cookie. */
  private static HttpResponse<String> download(Browser browser, String url)
      throws IOException, InterruptedException {
    Cookie session = browser.driver().manage().getCookieNamed("WORKBENCH_SESSION");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Cookie", session.getName() + "=" + session.getValue())
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Six cases with numbers of this run: four reconsiderations (overdue for review, due within the
   * week, accepted and due later, closed) and two mediations of two centres; then waits until the
   * case list has them all.
   */
  private static void recordCases() throws Exception {
    List<String> lines =
        List.of(
            reconsideration("R1", TODAY.minusDays(20), "GUANGMING", "BIYAN", ""),
            reconsideration("R2", TODAY.minusDays(2), "GONGMING", "XIACUN", ""),
            reconsideration(
                "R3",
                TODAY.minusDays(41),
                "GUANGMING",
                "BIYAN",
                // Due 60 days after acceptance, about 20 days from today: "later" in the queue (in
                // December, in next year, whose calendar the stack is given made up).
                """
                {"step":"acceptance","acceptedOn":"%s","procedure":"ORDINARY"}"""
                    .formatted(TODAY.minusDays(40))),
            reconsideration(
                "R4",
                TODAY.minusDays(40),
                "GUANGMING",
                "BIYAN",
                """
                {"step":"acceptance","acceptedOn":"%s","procedure":"ORDINARY"},\
                {"step":"review-activity","activity":"VIEWS_HEARD","heldOn":"%s"},\
                {"step":"decision","decidedOn":"%s","outcome":"REVOKED"}"""
                    .formatted(TODAY.minusDays(39), TODAY.minusDays(30), TODAY.minusDays(5))),
            mediation("M1", "SCIENCE_CITY"),
            mediation("M2", "GONGMING_CHAMBER"));
    String admin = stack.freshToken("demo-loader");
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(stack.commandUrl() + "/api/backfills"))
                    .header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).contains("\"rejected\":0");
    HttpClient http = HttpClient.newHttpClient();
    Awaitility.await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              HttpResponse<String> count =
                  http.send(
                      HttpRequest.newBuilder(
                              URI.create(stack.queryUrl() + "/api/cases/count?numberPrefix=" + TAG))
                          .header("Authorization", "Bearer " + stack.freshToken("demo-loader"))
                          .build(),
                      HttpResponse.BodyHandlers.ofString());
              return count.body().contains("\"cases\":6");
            });
  }

  private static String reconsideration(
      String number, LocalDate receivedOn, String street, String community, String steps) {
    return """
        {"type":"reconsiderations","open":{"caseId":"%s","caseNumber":"%s","receivedOn":"%s",\
        "channel":"ON_SITE","street":"%s","community":"%s","category":"TRANSPORT",\
        "respondentAgency":"光明区交通运输局","applicants":["ENTERPRISE"],"actKind":"PENALTY"},\
        "steps":[%s]}"""
        .formatted(UUID.randomUUID(), TAG + "-" + number, receivedOn, street, community, steps);
  }

  private static String mediation(String number, String centre) {
    return """
        {"type":"commercial-mediations","open":{"caseId":"%s","caseNumber":"%s",\
        "receivedOn":"%s","centre":"%s","source":"PARTY",\
        "parties":["DOMESTIC","DOMESTIC"],"disputeType":"CONSTRUCTION",\
        "amountInDispute":{"amount":300000,"currency":"CNY"}},"steps":[]}"""
        .formatted(UUID.randomUUID(), TAG + "-" + number, TODAY.minusDays(3), centre);
  }

  private static void signIn(Browser browser, String account) {
    browser.go(stack.workbenchUrl() + "/");
    browser.find("username");
    browser.type("username", account);
    browser.type("password", "demo");
    browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
    browser.until(d -> d.getCurrentUrl().startsWith(stack.workbenchUrl()));
    assertThat(browser.text("user-account")).isEqualTo(account);
  }
}
