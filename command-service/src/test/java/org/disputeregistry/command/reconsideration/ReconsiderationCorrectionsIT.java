package org.disputeregistry.command.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.disputeregistry.command.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Corrections over real HTTP on the real event store: the latest step amended or retracted with a
 * reason and a second officer's approval; the case follows, the timeline shows the step and its
 * correction, and a correction that breaks a rule is refused with its code and records nothing.
 */
class ReconsiderationCorrectionsIT extends ApiTestBase {

  static final String DECISION_STEP = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

  String cases;
  String acceptance;

  void openAcceptAndDecide(String outcome) {
    UUID id = UUID.randomUUID();
    cases = "/api/reconsiderations/" + id;
    assertStatus(
        post(
            "/api/reconsiderations",
            """
            {"caseId":"%s","caseNumber":"%s","receivedOn":"2023-03-14","channel":"ONLINE",
             "street":"GUANGMING","community":"BIYAN","category":"URBAN_MANAGEMENT",
             "respondentAgency":"光明区城市管理和综合执法局","applicants":["PERSON"],
             "actKind":"PENALTY"}"""
                .formatted(id, number("光明复〔2023〕"))),
        HttpStatus.CREATED);
    acceptance = UUID.randomUUID().toString();
    assertStatus(
        post(
            cases + "/acceptance",
            """
            {"stepId":"%s","acceptedOn":"2023-03-16","procedure":"ORDINARY"}"""
                .formatted(acceptance)),
        HttpStatus.CREATED);
    assertStatus(
        post(
            cases + "/decision",
            """
            {"stepId":"%s","decidedOn":"2023-04-03","outcome":"%s"}"""
                .formatted(DECISION_STEP, outcome)),
        HttpStatus.CREATED);
  }

  static String amendment(String correctionId, String approvedBy, String outcome) {
    return """
        {"stepId":"%s","approvedOn":"2023-04-10","reason":"决定结果录入错误","approvedBy":"%s",
         "amended":{"step":"decision","stepId":"%s","decidedOn":"2023-04-03","outcome":"%s"}}"""
        .formatted(correctionId, approvedBy, DECISION_STEP, outcome);
  }

  static String retraction(String correctionId, String stepId) {
    return """
        {"stepId":"%s","retractedStepId":"%s","approvedOn":"2023-04-10","reason":"误录入",
         "approvedBy":"director.zhao"}"""
        .formatted(correctionId, stepId);
  }

  @Test
  void anAmendedOutcomeIsTheCasesOutcomeAndTheTimelineShowsBothOnceWhateverTheRetries() {
    openAcceptAndDecide("UPHELD");
    String correction = UUID.randomUUID().toString();

    ResponseEntity<String> amended =
        post(cases + "/amendment", amendment(correction, "director.zhao", "REVOKED"));
    ResponseEntity<String> retried =
        post(cases + "/amendment", amendment(correction, "director.zhao", "REVOKED"));

    assertStatus(amended, HttpStatus.CREATED);
    assertThat(read(amended, "$.stepId").toString()).isEqualTo(correction);
    assertThat(read(amended, "$.state").toString()).isEqualTo("CLOSED");
    assertStatus(retried, HttpStatus.OK);
    assertThat(read(retried, "$.outcome").toString()).isEqualTo("ALREADY_RECORDED");
    ResponseEntity<String> view = get(cases);
    assertThat(read(view, "$.endingDetail").toString()).isEqualTo("REVOKED");
    ResponseEntity<String> timeline = get(cases + "/timeline");
    assertThat(this.<List<String>>read(timeline, "$.events[*].type"))
        .containsExactly(
            "ReconsiderationApplicationReceived",
            "ReconsiderationAccepted",
            "ReconsiderationDecided",
            "ReconsiderationStepAmended");
    assertThat(this.<List<String>>read(timeline, "$.events[*].label.en"))
        .endsWith("Decision issued", "Step amended");
    assertThat(this.<String>read(timeline, "$.events[2].data.outcome")).isEqualTo("UPHELD");
    assertThat(this.<String>read(timeline, "$.events[3].data.amendment.fields.outcome"))
        .isEqualTo("REVOKED");
    assertThat(this.<String>read(timeline, "$.events[3].data.approvedBy"))
        .isEqualTo("director.zhao");
    assertThat(this.<String>read(timeline, "$.events[3].actor")).isEqualTo("officer.li");
    assertThat(this.<List<String>>read(timeline, "$.events[*].step"))
        .as("each step by its name; the opening is no step")
        .containsExactly("acceptance", "decision", "amendment");
    assertThat(this.<List<String>>read(timeline, "$.events[*].effect"))
        .as("what the case counts of each step now")
        .containsExactly("IN_EFFECT", "AMENDED", "IN_EFFECT");
    assertThat(this.<Integer>read(timeline, "$.events[2].correctedBy")).isEqualTo(3);
  }

  @Test
  void aRetractedDecisionReopensTheCaseWhichTakesItsEndingAgain() {
    openAcceptAndDecide("UPHELD");

    ResponseEntity<String> retracted =
        post(cases + "/retraction", retraction(UUID.randomUUID().toString(), DECISION_STEP));

    assertStatus(retracted, HttpStatus.CREATED);
    assertThat(read(retracted, "$.state").toString()).isEqualTo("UNDER_REVIEW");
    ResponseEntity<String> view = get(cases);
    assertThat(read(view, "$.state").toString()).isEqualTo("UNDER_REVIEW");
    assertThat(this.<List<String>>read(view, "$.nextSteps")).contains("decision");
    ResponseEntity<String> timeline = get(cases + "/timeline");
    assertThat(this.<List<String>>read(timeline, "$.events[*].type"))
        .endsWith("ReconsiderationDecided", "ReconsiderationStepRetracted");
    assertThat(this.<List<String>>read(timeline, "$.events[*].effect"))
        .containsExactly("IN_EFFECT", "RETRACTED");
    assertThat(this.<List<String>>read(timeline, "$.events[*].step")).endsWith("retraction");
    assertStatus(
        post(
            cases + "/decision",
            """
            {"stepId":"%s","decidedOn":"2023-04-12","outcome":"REVOKED"}"""
                .formatted(UUID.randomUUID())),
        HttpStatus.CREATED);
  }

  @Test
  void aCorrectionThatBreaksARuleIsRefusedWithItsCodeAndRecordsNothing() {
    openAcceptAndDecide("UPHELD");
    long events = storedEvents(UUID.fromString(cases.substring(cases.lastIndexOf('/') + 1)));

    assertProblem(
        post(cases + "/amendment", amendment(UUID.randomUUID().toString(), "officer.li", "VARIED")),
        HttpStatus.BAD_REQUEST,
        "APPROVER_IS_ACTOR",
        "approvedBy");
    assertProblem(
        post(cases + "/retraction", retraction(UUID.randomUUID().toString(), acceptance)),
        HttpStatus.CONFLICT,
        "NOT_THE_LATEST_STEP",
        "retractedStepId");
    assertProblem(
        post(
            cases + "/retraction",
            retraction(UUID.randomUUID().toString(), UUID.randomUUID().toString())),
        HttpStatus.CONFLICT,
        "UNKNOWN_STEP",
        "retractedStepId");
    assertProblem(
        post(
            cases + "/amendment",
            """
            {"stepId":"%s","approvedOn":"2023-04-10","reason":"r","approvedBy":"director.zhao",
             "amended":{"step":"dismissal","stepId":"%s","dismissedOn":"2023-04-03",
                        "reason":"不符合受理条件"}}"""
                .formatted(UUID.randomUUID(), DECISION_STEP)),
        HttpStatus.BAD_REQUEST,
        "NOT_THE_SAME_STEP",
        null);
    assertProblem(
        post(
            cases + "/amendment",
            """
            {"stepId":"%s","approvedOn":"2023-04-10","reason":"r","approvedBy":"director.zhao",
             "amended":{"step":"decision","stepId":"%s","decidedOn":"2023-03-01",
                        "outcome":"VARIED"}}"""
                .formatted(UUID.randomUUID(), DECISION_STEP)),
        HttpStatus.BAD_REQUEST,
        "DATE_BEFORE_PREVIOUS_STEP",
        "decidedOn");
    assertThat(
            post(
                    cases + "/amendment",
                    """
                    {"stepId":"%s","approvedOn":"2023-04-10","reason":"r",
                     "approvedBy":"director.zhao","amended":{"step":"no-such-step"}}"""
                        .formatted(UUID.randomUUID()))
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblem(
        post(
            cases + "/amendment",
            """
            {"stepId":"%s","approvedOn":"2023-04-10","reason":"r","approvedBy":"director.zhao",
             "amended":{"step":"decision","stepId":"%s","decidedOn":"2023-04-03"}}"""
                .formatted(UUID.randomUUID(), DECISION_STEP)),
        HttpStatus.BAD_REQUEST,
        "MISSING_FIELD",
        "amended.outcome");
    assertThat(storedEvents(UUID.fromString(cases.substring(cases.lastIndexOf('/') + 1))))
        .isEqualTo(events);
    assertThat(read(get(cases), "$.endingDetail").toString()).isEqualTo("UPHELD");
  }
}
