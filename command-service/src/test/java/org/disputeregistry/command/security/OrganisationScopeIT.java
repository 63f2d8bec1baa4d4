package org.disputeregistry.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disputeregistry.command.ApiTestBase;
import org.disputeregistry.events.Ownership;
import org.disputeregistry.testsupport.SecurityMatrix;
import org.disputeregistry.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every case records its owning organisation when it is opened, and every operation on a stored
 * case, generated from the OpenAPI document, is refused with 403 {@code WRONG_ORGANISATION} to a
 * caller with the right role acting for another organisation (before its body is read), and gets
 * past security for one of the owner (or the district petition office, for a street's cases).
 */
class OrganisationScopeIT extends ApiTestBase {

  private static final String GUANGMING_PETITION_OFFICER = "petition.wang";

  @Test
  void everyOperationOnAStoredCaseAnswersEachOrganisationAsItsOwnerSays() {
    Map<String, UUID> cases =
        Map.of(
            "/api/reconsiderations/", open("/api/reconsiderations", reconsideration()),
            "/api/commercial-mediations/", open("/api/commercial-mediations", mediation()),
            "/api/petitions/", open("/api/petitions", petition("MATIAN", "JIANGSHI")),
            "/api/service-contacts/", open("/api/service-contacts", serviceDay()));
    Map<String, String> owners =
        Map.of(
            "/api/reconsiderations/", Ownership.RECONSIDERATION_OFFICE,
            "/api/commercial-mediations/", "CENTRE:SCIENCE_CITY",
            "/api/petitions/", "STREET:MATIAN",
            "/api/service-contacts/", "STREET:MATIAN");
    List<String> violations = new ArrayList<>();
    int checked = 0;
    for (SecurityMatrix.Operation operation :
        SecurityMatrix.operations(http.getForObject("/v3/api-docs", String.class))) {
      if (!operation.path().contains("{caseId}")) {
        continue;
      }
      String collection = operation.path().substring(0, operation.path().indexOf("{caseId}"));
      for (Tokens.Account account : Tokens.ACCOUNTS.values()) {
        if (account.roles().stream().noneMatch(operation.roles()::contains)) {
          continue; // the role matrix covers these
        }
        HttpResponse<String> answer =
            SecurityMatrix.call(
                http.getRootUri(),
                operation,
                Tokens.forAccount(account.subject()),
                Map.of("{caseId}", cases.get(collection).toString()));
        boolean mayWrite = Ownership.mayWrite(account.organisation(), owners.get(collection));
        boolean asExpected =
            mayWrite
                ? answer.statusCode() != 401
                    && answer.statusCode() != 403
                    && answer.statusCode() < 500
                : answer.statusCode() == 403
                    && SecurityMatrix.hasCode(answer, "WRONG_ORGANISATION");
        checked++;
        if (!asExpected) {
          violations.add(
              operation
                  + " as "
                  + account.subject()
                  + ": "
                  + answer.statusCode()
                  + " "
                  + answer.body());
        }
      }
    }

    assertThat(checked).as("operations on stored cases times callers").isGreaterThan(50);
    assertThat(violations).isEmpty();
    cases.values().forEach(id -> assertThat(storedEvents(id)).as("nothing recorded").isOne());
  }

  @Test
  void openingACaseOfAnotherOrganisationIsRefusedAndRecordsNothing() {
    UUID mediation = UUID.randomUUID();
    ResponseEntity<String> refused =
        postAs("mediator.zhao", "/api/commercial-mediations", mediation(mediation));

    assertProblem(refused, HttpStatus.FORBIDDEN, "WRONG_ORGANISATION", null);
    assertThat(storedEvents(mediation)).isZero();

    UUID petition = UUID.randomUUID();
    assertProblem(
        postAs(
            GUANGMING_PETITION_OFFICER, "/api/petitions", petition(petition, "MATIAN", "JIANGSHI")),
        HttpStatus.FORBIDDEN,
        "WRONG_ORGANISATION",
        null);
    assertThat(storedEvents(petition)).isZero();
  }

  @Test
  void aStreetsPetitionOfficerWritesTheStreetsCasesAndTheDistrictOfficeEveryStreets() {
    UUID own = UUID.randomUUID();
    assertStatus(
        postAs(GUANGMING_PETITION_OFFICER, "/api/petitions", petition(own, "GUANGMING", "BIYAN")),
        HttpStatus.CREATED);
    assertStatus(
        postAs(
            "petition.zhou", "/api/petitions", petition(UUID.randomUUID(), "MATIAN", "JIANGSHI")),
        HttpStatus.CREATED);

    ResponseEntity<String> accepted =
        postAs(
            "petition.zhou",
            "/api/petitions/" + own + "/acceptance",
            "{\"stepId\":\"" + UUID.randomUUID() + "\",\"acceptedOn\":\"2023-01-06\"}");

    assertStatus(accepted, HttpStatus.CREATED);
  }

  private UUID open(String path, String bodyWithCaseId) {
    UUID id = UUID.randomUUID();
    assertStatus(post(path, bodyWithCaseId.formatted(id)), HttpStatus.CREATED);
    return id;
  }

  private ResponseEntity<String> postAs(String account, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.forAccount(account));
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private static String reconsideration() {
    return """
        {"caseId":"%%s","caseNumber":"%s","receivedOn":"2023-03-14","channel":"ONLINE",
         "street":"GUANGMING","community":"BIYAN","category":"URBAN_MANAGEMENT",
         "respondentAgency":"光明区城市管理和综合执法局","applicants":["PERSON"],"actKind":"PENALTY"}"""
        .formatted(number("光明复〔2023〕"));
  }

  private static String mediation() {
    return mediation(null).replace("\"caseId\":\"null\"", "\"caseId\":\"%s\"");
  }

  private static String mediation(UUID id) {
    return """
        {"caseId":"%s","caseNumber":"%s","receivedOn":"2023-05-08","centre":"SCIENCE_CITY",
         "source":"COURT_ENTRUSTED","parties":["DOMESTIC","HONG_KONG_MACAO_TAIWAN"],"disputeType":"INTELLECTUAL_PROPERTY",
         "amountInDispute":{"amount":1250000.00,"currency":"CNY"},
         "street":"FENGHUANG","community":"TANGJIA"}"""
        .formatted(id, number("光明商调〔2023〕"));
  }

  private static String petition(String street, String community) {
    return petition(null, street, community).replace("\"caseId\":\"null\"", "\"caseId\":\"%s\"");
  }

  private static String petition(UUID id, String street, String community) {
    return """
        {"caseId":"%s","caseNumber":"%s","registeredOn":"2023-01-05","channel":"HOTLINE",
         "persons":1,"group":false,"repeat":false,"street":"%s","community":"%s",
         "category":"HUMAN_RESOURCES"}"""
        .formatted(id, number("光明信〔2023〕"), street, community);
  }

  private static String serviceDay() {
    return """
        {"caseId":"%%s","site":"%s","street":"MATIAN","community":"JIANGSHI",
         "servedOn":"2023-06-01"}"""
        .formatted("HALL_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
  }
}
