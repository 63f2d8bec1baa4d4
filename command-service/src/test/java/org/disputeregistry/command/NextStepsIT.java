package org.disputeregistry.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Each case's answer lists the steps its state allows, by path segment, on the real stack: every
 * one names a documented step of its case type, and a step taken changes the list at once.
 */
class NextStepsIT extends ApiTestBase {

  List<String> nextSteps(String cases, UUID id) {
    ResponseEntity<String> current = get("/api/" + cases + "/" + id);
    assertStatus(current, HttpStatus.OK);
    List<String> steps = read(current, "$.nextSteps");
    Map<String, Object> paths = read(get("/v3/api-docs"), "$.paths");
    assertThat(steps)
        .allSatisfy(
            step ->
                assertThat(paths)
                    .as("a documented step")
                    .containsKey("/api/" + cases + "/{caseId}/" + step));
    return steps;
  }

  void step(String cases, UUID id, String step, String body) {
    assertStatus(
        post(
            "/api/" + cases + "/" + id + "/" + step,
            "{\"stepId\":\"" + UUID.randomUUID() + "\"," + body.strip().substring(1)),
        HttpStatus.CREATED);
  }

  @Test
  void aReconsiderationOffersWhatItsStateAllowsAndNothingOnceClosed() {
    UUID id = UUID.randomUUID();
    assertStatus(
        post(
            "/api/reconsiderations",
            """
            {"caseId":"%s","caseNumber":"%s","receivedOn":"2023-03-14","channel":"ONLINE",
             "street":"GUANGMING","community":"BIYAN","category":"URBAN_MANAGEMENT",
             "respondentAgency":"光明区城市管理和综合执法局","applicants":["PERSON"],"actKind":"PENALTY"}"""
                .formatted(id, number("光明复〔2023〕"))),
        HttpStatus.CREATED);
    assertThat(nextSteps("reconsiderations", id))
        .containsExactly("correction-request", "acceptance", "non-acceptance", "redirection");

    step(
        "reconsiderations",
        id,
        "acceptance",
        "{\"acceptedOn\":\"2023-03-16\",\"procedure\":\"ORDINARY\"}");
    assertThat(nextSteps("reconsiderations", id))
        .containsExactly(
            "copy-to-respondent",
            "review-activity",
            "suspension",
            "extension",
            "mediation-agreement",
            "withdrawal",
            "termination",
            "decision",
            "dismissal");

    step("reconsiderations", id, "mediation-agreement", "{\"effectiveOn\":\"2023-04-20\"}");
    assertThat(nextSteps("reconsiderations", id)).isEmpty();
  }

  @Test
  void aCommercialMediationAndAPetitionOfferTheirDocumentedSteps() {
    UUID mediation = UUID.randomUUID();
    assertStatus(
        post(
            "/api/commercial-mediations",
            """
            {"caseId":"%s","caseNumber":"%s","receivedOn":"2023-05-08","centre":"SCIENCE_CITY",
             "source":"PARTY","parties":["DOMESTIC","DOMESTIC"],"disputeType":"TRADE",
             "amountInDispute":{"amount":1000.00,"currency":"CNY"}}"""
                .formatted(mediation, number("光明商调〔2023〕"))),
        HttpStatus.CREATED);
    step("commercial-mediations", mediation, "acceptance", "{\"acceptedOn\":\"2023-05-09\"}");
    assertThat(nextSteps("commercial-mediations", mediation))
        .containsExactly("mediator-appointment", "ending-without-agreement", "withdrawal");

    UUID petition = UUID.randomUUID();
    assertStatus(
        post(
            "/api/petitions",
            """
            {"caseId":"%s","caseNumber":"%s","registeredOn":"2023-03-01","channel":"VISIT",
             "persons":1,"group":false,"repeat":false,"street":"GONGMING","community":"XIACUN",
             "category":"HOUSING_AND_CONSTRUCTION"}"""
                .formatted(petition, number("光明信〔2023〕"))),
        HttpStatus.CREATED);
    step("petitions", petition, "acceptance", "{\"acceptedOn\":\"2023-03-10\"}");
    step(
        "petitions",
        petition,
        "extension",
        "{\"extendedOn\":\"2023-03-11\",\"days\":10,\"approvedBy\":\"director.zhao\",\"reason\":\"需要协调\"}");
    assertThat(nextSteps("petitions", petition)).containsExactly("assignment", "reply");
  }
}
