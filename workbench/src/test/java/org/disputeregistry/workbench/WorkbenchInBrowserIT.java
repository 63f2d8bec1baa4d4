package org.disputeregistry.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The workbench in a real headless Chromium on the real stack (the authorization server's, the
 * command-service's and the workbench's jars): a demo officer signs in through the real sign-in
 * form, gets a field's message for a bad value, records a case and sees its page; an analyst is
 * offered no reconsideration form and is refused it; the language switches to English and stays.
 * The access tokens last 30 s, so every call to the command side renews the user's token first.
 * Every page visited is saved in {@code target/screenshots/}.
 */
class WorkbenchInBrowserIT {

  private static RealStack stack;

  @BeforeAll
  static void start() throws Exception {
    if (Browser.present()) {
      stack = RealStack.start();
    }
  }

  /** Each test is skipped with the reason (or fails, where a browser is required). */
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
  void anOfficerSignsInGetsTheFieldsMessageThenRecordsACaseAndSeesItsPage() {
    try (Browser browser = Browser.open()) {
      signIn(browser, "officer.li", "01-sign-in");
      assertThat(browser.text("user-account")).isEqualTo("officer.li");
      assertThat(browser.text("user-organisation")).isEqualTo("区行政复议机构");
      assertThat(browser.text("user-roles")).contains("行政复议工作人员");
      assertThat(browser.text("task-NEW_RECONSIDERATION")).contains("登记行政复议申请");
      browser.screenshot("02-home-officer");

      browser.find("nav-NEW_RECONSIDERATION").click();
      LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
      String caseNumber = "光明复〔" + today.getYear() + "〕901号";
      browser.type("caseNumber", caseNumber);
      browser.setDate("receivedOn", "2999-01-01");
      browser.select("channel", "ONLINE");
      browser.select("street", "GUANGMING");
      // htmx fills the street's communities
      browser.until(
          d -> !d.findElements(By.cssSelector("#community option[value=BIYAN]")).isEmpty());
      browser.select("community", "BIYAN");
      browser.select("category", "URBAN_MANAGEMENT");
      browser.type("respondentAgency", "光明区城市管理和综合执法局");
      browser.select("applicants-0", "PERSON");
      browser.select("actKind", "PENALTY");
      browser.screenshot("03-new-case-form");
      browser.find("submit").click();

      assertThat(browser.text("receivedOn-error")).isEqualTo("日期不能晚于今天。");
      assertThat(browser.find("receivedOn").getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(browser.has("caseNumber-error")).isFalse();
      assertThat(browser.find("caseNumber").getAttribute("value")).isEqualTo(caseNumber);
      browser.screenshot("04-new-case-field-error");

      browser.setDate("receivedOn", today.minusDays(2).toString());
      browser.find("submit").click();

      assertThat(browser.text("case-number")).isEqualTo(caseNumber);
      assertThat(browser.find("case-state").getAttribute("data-state")).isEqualTo("RECEIVED");
      assertThat(browser.text("field-reviewDueOn")).contains("审查期限");
      assertThat(browser.text("field-community")).contains("碧眼社区");
      browser.screenshot("05-case-page");

      String caseId = browser.text("case-id");
      browser.find("nav-CASE_LOOKUP").click();
      browser.type("caseId", "not-a-case-id");
      browser.find("lookup-submit").click();
      assertThat(browser.text("caseId-error")).contains("UUID");
      browser.screenshot("06-lookup-error");
      browser.type("caseId", UUID.randomUUID().toString());
      browser.find("lookup-submit").click();
      assertThat(browser.text("problem-code")).isEqualTo("CASE_NOT_FOUND");
      assertThat(browser.text("problem-message")).isEqualTo("没有找到该案件。");
      browser.screenshot("07-case-not-found");
      browser.find("nav-CASE_LOOKUP").click();
      browser.type("caseId", caseId);
      browser.find("lookup-submit").click();
      assertThat(browser.text("case-number")).isEqualTo(caseNumber);

      browser.find("lang-en").click();
      assertThat(browser.text("nav-home")).isEqualTo("My work");
      assertThat(browser.find("case-state").getText()).isEqualTo("Received");
      assertThat(browser.text("field-community")).contains("Biyan");
      browser.screenshot("08-case-page-en");
      browser.find("nav-home").click();
      assertThat(browser.text("task-NEW_RECONSIDERATION"))
          .contains("Record a reconsideration application");
      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
          .isEqualTo("en");
      browser.screenshot("09-home-en");

      browser.find("sign-out").click();
      assertThat(browser.text("signed-out")).isEqualTo("You have signed out");
      browser.screenshot("10-signed-out");
      // Signed out at the provider too: the next page asks for the password again.
      browser.find("sign-in-again").click();
      browser.find("username");
      assertThat(browser.driver().getCurrentUrl()).startsWith(stack.authUrl());
    }
    assertThat(stack.workbenchLog())
        .contains("Renewed the access token of a session")
        .doesNotContain("could not be renewed");
  }

  @Test
  void anAnalystIsOfferedNoReconsiderationFormAndIsRefusedIt() {
    try (Browser browser = Browser.open()) {
      signIn(browser, "analyst.liu", null);
      assertThat(browser.text("user-organisation")).isEqualTo("全区");
      assertThat(browser.text("task-DASHBOARD")).contains("统计分析");
      assertThat(browser.has("task-NEW_RECONSIDERATION")).isFalse();
      assertThat(browser.has("nav-NEW_RECONSIDERATION")).isFalse();
      browser.screenshot("11-home-analyst");

      browser.go(stack.workbenchUrl() + "/reconsiderations/new");
      assertThat(browser.text("forbidden")).isEqualTo("无权访问");
      assertThat(browser.has("new-case")).isFalse();
      browser.screenshot("12-forbidden-analyst");
    }
  }

  private static void signIn(Browser browser, String account, String screenshot) {
    browser.signIn(stack, account, screenshot);
  }
}
