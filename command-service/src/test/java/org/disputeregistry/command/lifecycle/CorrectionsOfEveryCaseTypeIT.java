package org.disputeregistry.command.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.disputeregistry.command.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A commercial mediation and a petition corrected over HTTP as a reconsideration is: the latest
 * step amended, then retracted, each kept on the timeline beside the step.
 */
class CorrectionsOfEveryCaseTypeIT extends ApiTestBase {

  String step(String path, String body) {
    String stepId = UUID.randomUUID().toString();
    assertStatus(
        post(path, "{\"stepId\":\"" + stepId + "\"," + body.strip().substring(1)),
        HttpStatus.CREATED);
    return stepId;
  }

  static String retraction(String stepId, String approvedOn, String approvedBy) {
    return """
        {"stepId":"%s","retractedStepId":"%s","approvedOn":"%s","reason":"误录入",
         "approvedBy":"%s"}"""
        .formatted(UUID.randomUUID(), stepId, approvedOn, approvedBy);
  }

  @Test
  void aMediationAgreementAmendedThenRetractedLeavesTheMediationOpen() {
    UUID id = UUID.randomUUID();
    String cases = "/api/commercial-mediations/" + id;
    assertStatus(
        post(
            "/api/commercial-mediations",
            """
            {"caseId":"%s","caseNumber":"%s","receivedOn":"2023-05-08","centre":"SCIENCE_CITY",
             "source":"COURT_ENTRUSTED","parties":["DOMESTIC","DOMESTIC"],
             "disputeType":"INTELLECTUAL_PROPERTY",
             "amountInDispute":{"amount":1250000.00,"currency":"CNY"},
             "street":"FENGHUANG","community":"TANGJIA"}"""
                .formatted(id, number("光明商调〔2023〕"))),
        HttpStatus.CREATED);
    step(cases + "/acceptance", "{\"acceptedOn\":\"2023-05-09\"}");
    step(
        cases + "/mediator-appointment",
        "{\"appointedOn\":\"2023-05-09\",\"mediator\":\"M-0042\"}");
    String agreement =
        step(
            cases + "/agreement",
            "{\"signedOn\":\"2023-05-22\",\"amountAgreed\":{\"amount\":880000.50,\"currency\":\"CNY\"}}");

    ResponseEntity<String> amended =
        post(
            cases + "/amendment",
            """
            {"stepId":"%s","approvedOn":"2023-05-25","reason":"金额录入错误","approvedBy":"mediator.sun",
             "amended":{"step":"agreement","stepId":"%s","signedOn":"2023-05-22",
                        "amountAgreed":{"amount":800000.00,"currency":"CNY"}}}"""
                .formatted(UUID.randomUUID(), agreement));
    assertStatus(amended, HttpStatus.CREATED);
    assertThat(read(get(cases), "$.amountAgreed.amount").toString()).isEqualTo("800000.00");

    ResponseEntity<String> retracted =
        post(cases + "/retraction", retraction(agreement, "2023-05-26", "mediator.sun"));

    assertStatus(retracted, HttpStatus.CREATED);
    assertThat(read(get(cases), "$.state").toString()).isEqualTo("ACCEPTED");
    assertThat(this.<List<String>>read(get(cases + "/timeline"), "$.events[*].type"))
        .endsWith(
            "CommercialMediationAgreementSigned",
            "CommercialMediationStepAmended",
            "CommercialMediationStepRetracted");
  }

  @Test
  void aPetitionsReplyRetractedIsDueAgain() {
    UUID id = UUID.randomUUID();
    String cases = "/api/petitions/" + id;
    assertStatus(
        post(
            "/api/petitions",
            """
            {"caseId":"%s","caseNumber":"%s","registeredOn":"2023-03-01","channel":"VISIT",
             "persons":6,"group":true,"repeat":false,"street":"GONGMING","community":"XIACUN",
             "category":"HOUSING_AND_CONSTRUCTION"}"""
                .formatted(id, number("光明信〔2023〕"))),
        HttpStatus.CREATED);
    step(cases + "/acceptance", "{\"acceptedOn\":\"2023-03-03\"}");
    String reply = step(cases + "/reply", "{\"repliedOn\":\"2023-04-10\"}");

    assertProblem(
        post(cases + "/retraction", retraction(reply, "2023-04-12", "petition.zhou")),
        HttpStatus.BAD_REQUEST,
        "APPROVER_IS_ACTOR",
        "approvedBy");
    assertStatus(
        post(cases + "/retraction", retraction(reply, "2023-04-12", "petition.wang")),
        HttpStatus.CREATED);

    ResponseEntity<String> view = get(cases);
    assertThat(read(view, "$.state").toString()).isEqualTo("ACCEPTED");
    assertThat(this.<List<String>>read(view, "$.nextSteps")).contains("reply");
    assertThat(this.<List<String>>read(get(cases + "/timeline"), "$.events[*].type"))
        .endsWith("PetitionReplied", "PetitionStepRetracted");
  }
}
