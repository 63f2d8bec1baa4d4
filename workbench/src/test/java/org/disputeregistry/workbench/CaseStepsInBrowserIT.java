package org.disputeregistry.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The form engine in a real headless Chromium on the real stack: an officer opens a reconsideration
 * case with the form built from the API's description (a field's message for a bad date, the input
 * kept), takes it through acceptance to a mediation agreement with the step forms loaded into the
 * case page, sees each step on the timeline, and a step sent from a stale page is refused (412) and
 * said so; a mediator is offered no reconsideration form and is refused it, but opens a commercial
 * mediation case (repeated rows, an amount); an officer corrects a decision (approved by another
 * officer: approving it himself is refused next to the approver) and retracts it, reopening the
 * case, both corrections on the timeline beside the decision. Screenshots of each page in {@code
 * target/screenshots/}.
 */
class CaseStepsInBrowserIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  /**
   * Long enough ago that the decision's due date (60 days after acceptance) lies before today, in a
   * year whose statutory calendar the registry holds whatever the day the test runs: a due date in
   * a year without one is refused (NO_CALENDAR_FOR_YEAR).
   */
  private static final LocalDate RECEIVED = TODAY.minusDays(70);

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
  void anOfficerOpensAReconsiderationAndTakesItToAMediationAgreement() {
    try (Browser browser = Browser.open()) {
      signIn(browser, "officer.li");
      String caseNumber = "光明复〔" + RECEIVED.getYear() + "〕911号";
      fillNewReconsideration(browser, caseNumber, TODAY.plusDays(3));
      browser.screenshot("steps-01-new-reconsideration");
      browser.find("submit").click();

      assertThat(browser.text("receivedOn-error")).isEqualTo("日期不能晚于今天。");
      assertThat(browser.find("receivedOn").getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(browser.find("caseNumber").getAttribute("value")).isEqualTo(caseNumber);
      assertThat(browser.find("community").getAttribute("value")).isEqualTo("BIYAN");
      assertThat(browser.find("applicants-0").getAttribute("value")).isEqualTo("PERSON");
      browser.screenshot("steps-02-field-error");

      browser.setDate("receivedOn", RECEIVED.toString());
      browser.find("submit").click();
      assertThat(browser.text("case-number")).isEqualTo(caseNumber);
      assertThat(state(browser)).isEqualTo("RECEIVED");
      assertThat(browser.text("event-0")).contains("officer.li").contains("碧眼社区");
      browser.screenshot("steps-03-case-received");

      // Acceptance: the step's form is loaded into the page.
      browser.find("step-acceptance").click();
      assertThat(browser.text("step-form-title")).isEqualTo("受理");
      browser.setDate("acceptedOn", RECEIVED.plusDays(1).toString());
      browser.select("procedure", "ORDINARY");
      browser.screenshot("steps-04-acceptance-form");
      browser.find("submit").click();
      awaitState(browser, "UNDER_REVIEW");
      assertThat(browser.text("event-1")).contains("受理").contains("普通程序");
      assertThat(browser.text("due-heading")).isNotEmpty();
      browser.screenshot("steps-05-case-accepted");

      // A stale page: the form names an older version than the case's.
      browser.find("step-mediation-agreement").click();
      assertThat(browser.text("step-form-title")).isEqualTo("调解书生效");
      browser.setDate("effectiveOn", TODAY.toString());
      WebElement version = browser.driver().findElement(By.name("_version"));
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '0';", version);
      browser.find("submit").click();
      assertThat(browser.text("form-errors")).contains("已被修改");
      assertThat(state(browser)).isEqualTo("UNDER_REVIEW");
      assertThat(browser.find("effectiveOn").getAttribute("value")).isEqualTo(TODAY.toString());
      browser.screenshot("steps-06-stale-page");

      // Sent again from the page as it is now.
      browser.find("submit").click();
      awaitState(browser, "CLOSED");
      List<WebElement> events = browser.driver().findElements(By.cssSelector("#timeline .event"));
      assertThat(events).hasSize(3);
      assertThat(browser.text("event-2")).contains("officer.li");
      assertThat(browser.has("step-acceptance")).isFalse();
      scrollTo(browser, "timeline");
      browser.screenshot("steps-07-case-closed");

      browser.find("lang-en").click();
      awaitText(browser, "timeline-heading", "Timeline");
      assertThat(browser.text("event-1")).contains("Ordinary procedure");
      browser.screenshot("steps-08-case-closed-en");
    }
  }

  @Test
  void aMediatorIsRefusedTheReconsiderationFormButOpensACommercialMediation() {
    try (Browser browser = Browser.open()) {
      signIn(browser, "mediator.chen");
      assertThat(browser.has("nav-NEW_RECONSIDERATION")).isFalse();
      browser.go(stack.workbenchUrl() + "/reconsiderations/new");
      assertThat(browser.text("forbidden")).isEqualTo("无权访问");
      browser.screenshot("steps-09-mediator-forbidden");

      browser.find("nav-NEW_MEDIATION").click();
      String caseNumber = "光明商调〔" + TODAY.getYear() + "〕911号";
      browser.type("caseNumber", caseNumber);
      browser.setDate("receivedOn", TODAY.minusDays(5).toString());
      browser.select("centre", "SCIENCE_CITY");
      browser.select("source", "PARTY");
      // at least two parties: two rows from the start, a third on request
      browser.select("parties-0", "DOMESTIC");
      browser.select("parties-1", "FOREIGN");
      browser.find("parties-add").click();
      browser.select("parties-2", "DOMESTIC");
      browser.select("disputeType", "TRADE");
      browser.type("amountInDispute-amount", "1250000.50");
      browser.type("amountInDispute-currency", "CNY");
      browser.screenshot("steps-10-new-mediation");
      browser.find("submit").click();

      assertThat(browser.text("case-number")).isEqualTo(caseNumber);
      assertThat(state(browser)).isEqualTo("RECEIVED");
      assertThat(browser.text("field-amountInDispute")).contains("1250000.5").contains("CNY");
      assertThat(browser.has("step-acceptance")).isTrue();
      browser.screenshot("steps-11-mediation-received");
    }
  }

  @Test
  void aPetitionOfficerOpensADayOfServiceContactsAndLogsABatchOfRows() {
    try (Browser browser = Browser.open()) {
      signIn(browser, "petition.wang");
      browser.find("nav-NEW_PETITION").click();
      assertThat(browser.text("page-title")).isEqualTo("登记信访事项");
      assertThat(browser.find("persons").getAttribute("type")).isEqualTo("number");
      assertThat(browser.find("group").getAttribute("type")).isEqualTo("checkbox");
      browser.screenshot("steps-12-new-petition");

      browser.find("nav-NEW_SERVICE_DAY").click();
      browser.type("site", "GUANGMING_SERVICE_HALL");
      browser.select("street", "GUANGMING");
      browser.until(
          d -> !d.findElements(By.cssSelector("#community option[value=BIYAN]")).isEmpty());
      browser.select("community", "BIYAN");
      browser.setDate("servedOn", TODAY.toString());
      browser.screenshot("steps-13-new-service-day");
      browser.find("submit").click();
      assertThat(browser.text("case-number")).contains("GUANGMING_SERVICE_HALL");

      // A day has no states: every step of its type is offered.
      browser.find("step-contacts").click();
      browser.select("contacts-0-kind", "LEGAL_SERVICE");
      browser.type("contacts-0-persons", "2");
      browser.find("contacts-add").click();
      browser.select("contacts-1-kind", "CONSULTATION");
      browser.type("contacts-1-persons", "3");
      assertThat(browser.find("contacts-0-persons").getAttribute("value")).isEqualTo("2");
      browser.screenshot("steps-14-contacts-form");
      browser.find("submit").click();
      browser.until(d -> browser.has("event-1"));
      assertThat(browser.text("event-1")).contains("法律服务").contains("咨询");
      assertThat(browser.text("field-persons")).contains("5");
      scrollTo(browser, "timeline");
      browser.screenshot("steps-15-contacts-logged");
    }
  }

  @Test
  void anOfficerCorrectsADecisionThenRetractsItWithAnotherOfficersApproval() {
    String casePage;
    try (Browser browser = Browser.open()) {
      signIn(browser, "officer.li");
      fillNewReconsideration(browser, "光明复〔" + RECEIVED.getYear() + "〕912号", RECEIVED);
      browser.find("submit").click();
      awaitState(browser, "RECEIVED");
      browser.find("step-acceptance").click();
      browser.setDate("acceptedOn", RECEIVED.plusDays(1).toString());
      browser.select("procedure", "ORDINARY");
      browser.find("submit").click();
      awaitState(browser, "UNDER_REVIEW");
      browser.find("step-decision").click();
      browser.setDate("decidedOn", TODAY.toString());
      browser.select("outcome", "UPHELD");
      browser.find("submit").click();
      awaitState(browser, "CLOSED");
      assertThat(browser.text("event-2")).contains("维持");

      // Correct: the decision's own form, as it was recorded, and who approved the correction.
      browser.find("correct-step").click();
      browser.until(d -> browser.has("amended-outcome"));
      assertThat(browser.find("amended-outcome").getAttribute("value")).isEqualTo("UPHELD");
      assertThat(browser.find("amended-decidedOn").getAttribute("value"))
          .isEqualTo(TODAY.toString());
      browser.select("amended-outcome", "REVOKED");
      browser.setDate("approvedOn", TODAY.toString());
      browser.type("reason", "决定结果录入错误");
      browser.type("approvedBy", "officer.li");
      browser.find("submit").click();
      // approved by oneself: refused, said next to the approver, the input kept
      assertThat(browser.text("approvedBy-error")).isEqualTo("批准人须为本人以外的另一名工作人员。");
      assertThat(browser.find("amended-outcome").getAttribute("value")).isEqualTo("REVOKED");
      assertThat(browser.find("reason").getAttribute("value")).isEqualTo("决定结果录入错误");
      scrollTo(browser, "approvedBy");
      browser.screenshot("steps-16-approver-is-actor");

      browser.find("approvedBy").clear();
      browser.type("approvedBy", "officer.wang");
      browser.find("submit").click();
      browser.until(d -> browser.has("event-3"));
      assertThat(browser.text("event-2-corrected")).isEqualTo("已更正");
      assertThat(browser.text("event-3-correction"))
          .startsWith("更正了")
          .contains("officer.wang")
          .contains("决定结果录入错误");
      assertThat(browser.text("event-3")).contains("撤销").doesNotContain("维持");
      assertThat(state(browser)).isEqualTo("CLOSED");
      // the ending and its detail labelled from the contract's labels, not shown as codes
      assertThat(browser.text("field-ending")).contains("作出决定");
      assertThat(browser.text("field-endingDetail")).contains("撤销").doesNotContain("REVOKED");
      scrollTo(browser, "timeline");
      browser.screenshot("steps-17-decision-corrected");

      // Retract: the case is back under review, the decision and both corrections on the timeline.
      browser.find("retract-step").click();
      browser.until(d -> browser.has("correction-form-title"));
      browser.setDate("approvedOn", TODAY.toString());
      browser.type("reason", "误录入：尚未作出决定");
      browser.type("approvedBy", "officer.wang");
      browser.find("submit").click();
      awaitState(browser, "UNDER_REVIEW");
      assertThat(browser.text("event-2-corrected")).isEqualTo("已撤销");
      assertThat(browser.text("event-3-corrected")).isEqualTo("已撤销");
      assertThat(browser.text("event-4-correction")).startsWith("撤销了").contains("officer.wang");
      assertThat(browser.has("step-decision")).isTrue();
      scrollTo(browser, "timeline");
      browser.screenshot("steps-18-decision-retracted");

      browser.find("lang-en").click();
      awaitText(browser, "timeline-heading", "Timeline");
      assertThat(browser.text("event-3-correction")).startsWith("Corrected");
      assertThat(browser.text("event-2-corrected")).isEqualTo("Retracted");
      browser.screenshot("steps-19-decision-retracted-en");
      casePage = browser.driver().getCurrentUrl().replaceAll("[?#].*", "");
    }
    // An analyst reads the case and its corrections, and is offered none.
    try (Browser browser = Browser.open()) {
      signIn(browser, "analyst.liu");
      browser.go(casePage);
      assertThat(browser.text("event-4-correction")).startsWith("撤销了");
      assertThat(browser.has("retract-step")).isFalse();
      assertThat(browser.has("correct-step")).isFalse();
    }
  }

  /** The new reconsideration's form, filled. */
  private static void fillNewReconsideration(
      Browser browser, String caseNumber, LocalDate receivedOn) {
    browser.find("nav-NEW_RECONSIDERATION").click();
    assertThat(browser.text("page-title")).isEqualTo("登记行政复议申请");
    browser.type("caseNumber", caseNumber);
    browser.setDate("receivedOn", receivedOn.toString());
    browser.select("channel", "ONLINE");
    browser.select("street", "GUANGMING");
    // htmx fills the chosen street's communities
    browser.until(d -> !d.findElements(By.cssSelector("#community option[value=BIYAN]")).isEmpty());
    browser.select("community", "BIYAN");
    browser.select("category", "URBAN_MANAGEMENT");
    browser.type("respondentAgency", "光明区城市管理和综合执法局");
    browser.select("applicants-0", "PERSON");
    browser.select("actKind", "PENALTY");
  }

  private static void scrollTo(Browser browser, String id) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView();", browser.find(id));
  }

  /** The page after a step: the old page's element may go stale while it is read. */
  private static void awaitState(Browser browser, String state) {
    browser.until(
        d -> {
          try {
            return state.equals(state(browser));
          } catch (StaleElementReferenceException replacedMeanwhile) {
            return false;
          }
        });
  }

  private static void awaitText(Browser browser, String id, String text) {
    browser.until(
        d -> {
          try {
            return text.equals(browser.text(id));
          } catch (StaleElementReferenceException replacedMeanwhile) {
            return false;
          }
        });
  }

  private static String state(Browser browser) {
    return browser.find("case-state").getAttribute("data-state");
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
