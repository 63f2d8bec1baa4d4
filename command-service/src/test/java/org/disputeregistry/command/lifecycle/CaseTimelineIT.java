package org.disputeregistry.command.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.disputeregistry.command.ApiTestBase;
import org.disputeregistry.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A case's timeline over real HTTP, read from the real event store: every event in order with its
 * label, dates, actor and fields, at once after a step; paged; for the case's officers and the
 * analysts only.
 */
class CaseTimelineIT extends ApiTestBase {

  static String application(UUID caseId) {
    return """
        {"caseId":"%s","caseNumber":"%s","receivedOn":"2023-03-14","channel":"ONLINE",
         "street":"GUANGMING","community":"BIYAN","category":"URBAN_MANAGEMENT",
         "respondentAgency":"光明区城市管理和综合执法局","applicants":["PERSON"],"actKind":"PENALTY"}"""
        .formatted(caseId, number("光明复〔2023〕"));
  }

  String step(String path, String body) {
    UUID stepId = UUID.randomUUID();
    ResponseEntity<String> response =
        post(path, "{\"stepId\":\"" + stepId + "\"," + body.strip().substring(1));
    assertStatus(response, HttpStatus.CREATED);
    return stepId.toString();
  }

  ResponseEntity<String> getAs(String account, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(Tokens.forAccount(account));
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  @Test
  void everyEventOfTheCaseInOrderWithItsLabelDatesActorAndFieldsAtOnceAfterEachStep() {
    UUID id = UUID.randomUUID();
    String cases = "/api/reconsiderations/" + id;
    Instant before = Instant.now();
    assertStatus(post("/api/reconsiderations", application(id)), HttpStatus.CREATED);
    String accepted =
        step(cases + "/acceptance", "{\"acceptedOn\":\"2023-03-16\",\"procedure\":\"ORDINARY\"}");
    assertThat(this.<List<String>>read(get(cases + "/timeline"), "$.events[*].type"))
        .as("the step is on the timeline as soon as it is answered")
        .containsExactly("ReconsiderationApplicationReceived", "ReconsiderationAccepted");
    step(cases + "/mediation-agreement", "{\"effectiveOn\":\"2023-04-20\"}");

    ResponseEntity<String> timeline = get(cases + "/timeline");

    assertStatus(timeline, HttpStatus.OK);
    assertThat(timeline.getHeaders().getETag()).isEqualTo("\"2\"");
    assertThat(read(timeline, "$.caseId").toString()).isEqualTo(id.toString());
    assertThat(read(timeline, "$.version").toString()).isEqualTo("2");
    assertThat(this.<List<Integer>>read(timeline, "$.events[*].sequence")).containsExactly(0, 1, 2);
    assertThat(this.<List<String>>read(timeline, "$.events[*].type"))
        .containsExactly(
            "ReconsiderationApplicationReceived",
            "ReconsiderationAccepted",
            "ReconsiderationMediationAgreementEffective");
    assertThat(this.<List<String>>read(timeline, "$.events[*].label.zh"))
        .containsExactly("收到申请", "受理", "调解书生效");
    assertThat(this.<List<String>>read(timeline, "$.events[*].label.en"))
        .containsExactly("Application received", "Accepted", "Mediation agreement effective");
    assertThat(this.<List<String>>read(timeline, "$.events[*].businessDate"))
        .containsExactly("2023-03-14", "2023-03-16", "2023-04-20");
    assertThat(this.<List<String>>read(timeline, "$.events[*].actor"))
        .containsOnly("officer.li")
        .hasSize(3);
    assertThat(this.<List<String>>read(timeline, "$.events[*].actorOrganisation"))
        .containsOnly("RECONSIDERATION_OFFICE");
    List<String> recordedAt = read(timeline, "$.events[*].recordedAt");
    assertThat(recordedAt)
        .allSatisfy(at -> assertThat(Instant.parse(at)).isAfterOrEqualTo(before.minusSeconds(1)))
        .isSorted();
    assertThat(read(timeline, "$.events[1].data.stepId").toString()).isEqualTo(accepted);
    assertThat(read(timeline, "$.events[1].data.procedure").toString()).isEqualTo("ORDINARY");
    assertThat(read(timeline, "$.events[1].data.decisionDueOn").toString()).isEqualTo("2023-05-15");
    assertThat(read(timeline, "$.events[0].data.respondentAgency").toString())
        .isEqualTo("光明区城市管理和综合执法局");
    assertThat(timeline.getBody()).doesNotContain("\"next\"");
  }

  @Test
  void aLongHistoryIsReadAPageOfAHundredEventsAtATime() {
    UUID id = UUID.randomUUID();
    String days = "/api/service-contacts/" + id;
    assertStatus(
        post(
            "/api/service-contacts",
            """
            {"caseId":"%s","site":"%s","street":"MATIAN","community":"JIANGSHI",
             "servedOn":"2023-06-01"}"""
                .formatted(
                    id, "SITE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase())),
        HttpStatus.CREATED);
    for (int i = 0; i < 120; i++) {
      step(days + "/contacts", "{\"contacts\":[{\"kind\":\"CONSULTATION\",\"persons\":1}]}");
    }

    ResponseEntity<String> first = get(days + "/timeline");
    assertThat(this.<List<Integer>>read(first, "$.events[*].sequence"))
        .hasSize(CaseHistory.TIMELINE_PAGE)
        .startsWith(0, 1)
        .endsWith(99);
    assertThat(read(first, "$.next").toString()).isEqualTo("100");
    assertThat(read(first, "$.version").toString()).isEqualTo("120");

    ResponseEntity<String> last = get(days + "/timeline?from=100");
    assertThat(this.<List<Integer>>read(last, "$.events[*].sequence"))
        .hasSize(21)
        .startsWith(100)
        .endsWith(120);
    assertThat(last.getBody()).doesNotContain("\"next\"");
    assertThat(this.<List<String>>read(last, "$.events[*].label.zh")).containsOnly("登记服务人次");
    assertThat(this.<List<Object>>read(get(days + "/timeline?from=500"), "$.events")).isEmpty();
  }

  @Test
  void analystsReadEveryCaseAndTimelineOthersOnlyTheirOwnCaseTypesAndBadRequestsAreProblems() {
    UUID id = UUID.randomUUID();
    String timeline = "/api/reconsiderations/" + id + "/timeline";
    assertStatus(post("/api/reconsiderations", application(id)), HttpStatus.CREATED);

    assertStatus(getAs("analyst.liu", timeline), HttpStatus.OK);
    assertProblem(getAs("mediator.chen", timeline), HttpStatus.FORBIDDEN, "FORBIDDEN", null);
    assertStatus(getAs("analyst.liu", "/api/reconsiderations/" + id), HttpStatus.OK);
    assertProblem(
        getAs("mediator.chen", "/api/reconsiderations/" + id),
        HttpStatus.FORBIDDEN,
        "FORBIDDEN",
        null);
    assertProblem(
        getAs("admin.he", "/api/reconsiderations/" + id), HttpStatus.FORBIDDEN, "FORBIDDEN", null);
    assertProblem(
        get("/api/reconsiderations/" + UUID.randomUUID() + "/timeline"),
        HttpStatus.NOT_FOUND,
        "CASE_NOT_FOUND",
        null);
    assertProblem(
        getAs("analyst.liu", "/api/petitions/" + id + "/timeline"),
        HttpStatus.NOT_FOUND,
        "CASE_NOT_FOUND",
        null);
    assertProblem(get(timeline + "?from=-1"), HttpStatus.BAD_REQUEST, "OUT_OF_RANGE", "from");
    assertProblem(get(timeline + "?from=x"), HttpStatus.BAD_REQUEST, "WRONG_TYPE", "from");
  }
}
