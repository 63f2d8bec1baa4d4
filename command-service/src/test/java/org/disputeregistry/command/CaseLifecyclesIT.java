package org.disputeregistry.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** One full case of each type, step by step through the API, on the real stack. */
class CaseLifecyclesIT extends ApiTestBase {

  /** Records a step with a fresh step id; asserts it was recorded and the state it led to. */
  String step(String cases, UUID caseId, String step, String body, String expectedState) {
    ResponseEntity<String> response =
        post(
            "/api/" + cases + "/" + caseId + "/" + step,
            "{\"stepId\":\"" + UUID.randomUUID() + "\"," + body.strip().substring(1));
    assertStatus(response, HttpStatus.CREATED);
    assertThat(read(response, "$.state").toString()).isEqualTo(expectedState);
    return response.getBody();
  }

  @Test
  void reconsiderationFromApplicationThroughSuspensionConversionAndExtensionToWithdrawal() {
    UUID id = UUID.randomUUID();
    String cases = "reconsiderations";
    ResponseEntity<String> opened =
        post(
            "/api/reconsiderations",
            """
            {"caseId":"%s","caseNumber":"%s","receivedOn":"2024-03-01","channel":"MAIL",
             "street":"XINHU","community":"LOUCUN","category":"HUMAN_RESOURCES",
             "respondentAgency":"光明区人力资源局","applicants":["PERSON","PERSON"],
             "actKind":"WORK_INJURY_DETERMINATION"}"""
                .formatted(id, number("光明复〔2024〕")));
    assertStatus(opened, HttpStatus.CREATED);
    assertThat(opened.getHeaders().getETag()).isEqualTo("\"0\"");

    step(
        cases,
        id,
        "correction-request",
        "{\"requestedOn\":\"2024-03-03\",\"missingItems\":\"身份证明\"}",
        "AWAITING_CORRECTION");
    step(
        cases,
        id,
        "correction-period-extension",
        "{\"extendedOn\":\"2024-03-05\",\"days\":5,\"approvedBy\":\"director.zhao\","
            + "\"reason\":\"申请人住院\"}",
        "AWAITING_CORRECTION");
    step(cases, id, "correction", "{\"receivedOn\":\"2024-03-08\"}", "RECEIVED");
    step(
        cases,
        id,
        "acceptance",
        "{\"acceptedOn\":\"2024-03-10\",\"procedure\":\"SIMPLIFIED\"}",
        "UNDER_REVIEW");
    step(
        cases,
        id,
        "review-activity",
        "{\"activity\":\"RESPONDENT_ANSWERED\",\"heldOn\":\"2024-03-15\"}",
        "UNDER_REVIEW");
    step(
        cases,
        id,
        "suspension",
        "{\"suspendedOn\":\"2024-03-20\",\"reason\":\"等待鉴定结论\"}",
        "SUSPENDED");
    step(cases, id, "resumption", "{\"resumedOn\":\"2024-03-30\"}", "UNDER_REVIEW");
    step(
        cases,
        id,
        "procedure-conversion",
        "{\"convertedOn\":\"2024-04-01\",\"reason\":\"案情复杂\"}",
        "UNDER_REVIEW");
    step(
        cases,
        id,
        "review-activity",
        "{\"activity\":\"HEARING_HELD\",\"heldOn\":\"2024-04-10\"}",
        "UNDER_REVIEW");
    step(
        cases,
        id,
        "extension",
        "{\"extendedOn\":\"2024-05-15\",\"days\":30,\"approvedBy\":\"director.zhao\",\"reason\":\"案情复杂\"}",
        "UNDER_REVIEW");
    step(
        cases,
        id,
        "withdrawal",
        "{\"approvedOn\":\"2024-06-01\",\"reason\":\"SETTLEMENT\"}",
        "CLOSED");

    ResponseEntity<String> current = get("/api/reconsiderations/" + id);
    assertStatus(current, HttpStatus.OK);
    assertThat(current.getHeaders().getETag()).isEqualTo("\"11\"");
    assertThat(read(current, "$.version").toString()).isEqualTo("11");
    assertThat(read(current, "$.ending").toString()).isEqualTo("WITHDRAWAL");
    assertThat(read(current, "$.endingDetail").toString()).isEqualTo("SETTLEMENT");
    // accepted 03-10 + 60 (converted) + 10 stopped + 30 extension, a Tuesday: the simplified
    // procedure exists for applications received from 2024 (行政复议法 2023, Art. 53)
    assertThat(read(current, "$.decisionDueOn").toString()).isEqualTo("2024-06-18");
    assertThat(storedEvents(id)).isEqualTo(12);

    ResponseEntity<String> afterClosing =
        post(
            "/api/reconsiderations/" + id + "/decision",
            "{\"stepId\":\"%s\",\"decidedOn\":\"2024-06-02\",\"outcome\":\"UPHELD\"}"
                .formatted(UUID.randomUUID()));
    assertProblem(afterClosing, HttpStatus.CONFLICT, "ILLEGAL_TRANSITION", null);
    assertThat(read(afterClosing, "$.currentState").toString()).isEqualTo("CLOSED");
  }

  @Test
  void commercialMediationFromApplicationThroughRecusalToAPerformedConfirmedAgreement() {
    UUID id = UUID.randomUUID();
    String cases = "commercial-mediations";
    assertStatus(
        post(
            "/api/commercial-mediations",
            """
            {"caseId":"%s","caseNumber":"%s","receivedOn":"2023-05-08","centre":"SCIENCE_CITY",
             "source":"COURT_ENTRUSTED","parties":["DOMESTIC","HONG_KONG_MACAO_TAIWAN"],
             "disputeType":"INTELLECTUAL_PROPERTY",
             "amountInDispute":{"amount":1250000.00,"currency":"CNY"},
             "street":"FENGHUANG","community":"TANGJIA"}"""
                .formatted(id, number("光明商调〔2023〕"))),
        HttpStatus.CREATED);

    step(cases, id, "acceptance", "{\"acceptedOn\":\"2023-05-09\"}", "ACCEPTED");
    step(
        cases,
        id,
        "mediator-appointment",
        "{\"appointedOn\":\"2023-05-09\",\"mediator\":\"M-0042\"}",
        "ACCEPTED");
    step(
        cases,
        id,
        "mediator-recusal",
        "{\"recusedOn\":\"2023-05-10\",\"mediator\":\"M-0042\",\"reason\":\"利害关系\"}",
        "ACCEPTED");
    step(
        cases,
        id,
        "mediator-appointment",
        "{\"appointedOn\":\"2023-05-11\",\"mediator\":\"M-0007\"}",
        "ACCEPTED");
    step(cases, id, "session", "{\"heldOn\":\"2023-05-15\",\"mode\":\"ONLINE\"}", "ACCEPTED");
    step(cases, id, "session", "{\"heldOn\":\"2023-05-22\",\"mode\":\"IN_PERSON\"}", "ACCEPTED");
    step(
        cases,
        id,
        "agreement",
        "{\"signedOn\":\"2023-05-22\",\"amountAgreed\":{\"amount\":880000.50,\"currency\":\"CNY\"}}",
        "AGREED");
    step(
        cases,
        id,
        "judicial-confirmation-application",
        "{\"appliedOn\":\"2023-05-25\",\"court\":\"深圳市光明区人民法院\"}",
        "AGREED");
    step(
        cases,
        id,
        "judicial-confirmation-ruling",
        "{\"ruledOn\":\"2023-06-05\",\"ruling\":\"VALID\"}",
        "AGREED");
    step(
        cases,
        id,
        "performance",
        "{\"performedOn\":\"2023-06-20\",\"performance\":\"FULLY\",\"amountPerformed\":{\"amount\":880000.50,\"currency\":\"CNY\"}}",
        "AGREED");

    ResponseEntity<String> current = get("/api/commercial-mediations/" + id);
    assertThat(read(current, "$.mediator").toString()).isEqualTo("M-0007");
    assertThat(read(current, "$.sessions").toString()).isEqualTo("2");
    assertThat(read(current, "$.amountAgreed.amount").toString()).isEqualTo("880000.50");
    assertThat(read(current, "$.judicialConfirmation").toString()).isEqualTo("VALID");
    assertThat(storedEvents(id)).isEqualTo(11);
    String signed =
        jdbc.queryForObject(
            "SELECT convert_from(payload, 'UTF8') FROM domainevententry"
                + " WHERE aggregateidentifier = ? AND sequencenumber = 7",
            String.class,
            id.toString());
    assertThat(signed).contains("\"amount\":\"880000.50\"").contains("\"mediator\":\"M-0007\"");
  }

  @Test
  void petitionFromRegistrationThroughReplyToReReview() {
    UUID id = UUID.randomUUID();
    String cases = "petitions";
    assertStatus(
        post(
            "/api/petitions",
            """
            {"caseId":"%s","caseNumber":"%s","registeredOn":"2023-03-01","channel":"VISIT",
             "persons":6,"group":true,"repeat":false,"street":"GONGMING","community":"XIACUN",
             "category":"HOUSING_AND_CONSTRUCTION"}"""
                .formatted(id, number("光明信〔2023〕"))),
        HttpStatus.CREATED);

    step(cases, id, "acceptance", "{\"acceptedOn\":\"2023-03-10\"}", "ACCEPTED");
    step(
        cases,
        id,
        "assignment",
        "{\"assignedOn\":\"2023-03-11\",\"department\":\"光明区住房和建设局\",\"dueOn\":\"2023-04-11\"}",
        "ACCEPTED");
    step(
        cases,
        id,
        "extension",
        "{\"extendedOn\":\"2023-05-01\",\"days\":20,\"approvedBy\":\"director.zhao\",\"reason\":\"需要协调\"}",
        "ACCEPTED");
    step(cases, id, "reply", "{\"repliedOn\":\"2023-05-20\"}", "REPLIED");
    step(
        cases,
        id,
        "non-resolution",
        "{\"concludedOn\":\"2023-05-20\",\"reason\":\"诉求缺乏政策依据\"}",
        "REPLIED");
    step(
        cases,
        id,
        "satisfaction",
        "{\"ratedOn\":\"2023-05-21\",\"satisfaction\":\"DISSATISFIED\"}",
        "REPLIED");
    step(cases, id, "review-request", "{\"requestedOn\":\"2023-06-10\"}", "UNDER_REVIEW");
    step(
        cases,
        id,
        "review-decision",
        "{\"decidedOn\":\"2023-06-25\",\"outcome\":\"UPHELD\"}",
        "REVIEWED");
    step(cases, id, "re-review-request", "{\"requestedOn\":\"2023-06-28\"}", "UNDER_RE_REVIEW");
    step(
        cases,
        id,
        "re-review-decision",
        "{\"decidedOn\":\"2023-06-30\",\"outcome\":\"UPHELD\"}",
        "CONCLUDED");

    ResponseEntity<String> current = get("/api/petitions/" + id);
    assertThat(read(current, "$.resolution").toString()).isEqualTo("NOT_RESOLVED");
    assertThat(read(current, "$.extended").toString()).isEqualTo("true");
    assertThat(storedEvents(id)).isEqualTo(11);
  }

  @Test
  void serviceContactsOfASiteAndDayInBatchesWithOneVoided() {
    UUID id = UUID.randomUUID();
    String site = "HALL_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertStatus(
        post(
            "/api/service-contacts",
            """
            {"caseId":"%s","site":"%s","street":"MATIAN","community":"JIANGSHI",
             "servedOn":"2023-06-01"}"""
                .formatted(id, site)),
        HttpStatus.CREATED);
    UUID mistaken = UUID.randomUUID();
    assertStatus(
        post(
            "/api/service-contacts/" + id + "/contacts",
            """
            {"stepId":"%s","contacts":[{"kind":"CONSULTATION","persons":2,"category":"HUMAN_RESOURCES"},
             {"kind":"LEGAL_SERVICE","persons":5}]}"""
                .formatted(mistaken)),
        HttpStatus.CREATED);
    step(
        "service-contacts",
        id,
        "contacts",
        "{\"contacts\":[{\"kind\":\"PSYCHOLOGICAL_SERVICE\",\"persons\":1},{\"kind\":\"VISIT_RECEPTION\",\"persons\":3}]}",
        "OPEN");
    step(
        "service-contacts",
        id,
        "voiding",
        "{\"voidedStepId\":\"%s\",\"reason\":\"重复录入\"}".formatted(mistaken),
        "OPEN");

    ResponseEntity<String> current = get("/api/service-contacts/" + id);
    assertThat(read(current, "$.persons").toString()).isEqualTo("4");
    assertThat(read(current, "$.contacts").toString()).isEqualTo("2");

    ResponseEntity<String> secondLog =
        post(
            "/api/service-contacts",
            """
            {"caseId":"%s","site":"%s","street":"MATIAN","community":"JIANGSHI",
             "servedOn":"2023-06-01"}"""
                .formatted(UUID.randomUUID(), site));
    assertProblem(secondLog, HttpStatus.CONFLICT, "CASE_NUMBER_TAKEN", "site");
  }

  @Nested
  class RetriesAndConflicts {

    UUID acceptedPetition() {
      UUID id = UUID.randomUUID();
      post(
          "/api/petitions",
          """
          {"caseId":"%s","caseNumber":"%s","registeredOn":"2023-03-01","channel":"LETTER",
           "persons":1,"group":false,"repeat":true,"street":"YUTANG","community":"%s",
           "category":"TRANSPORT"}"""
              .formatted(id, number("光明信〔2023〕"), yutangCommunity()));
      step("petitions", id, "acceptance", "{\"acceptedOn\":\"2023-03-02\"}", "ACCEPTED");
      return id;
    }

    String yutangCommunity() {
      return org.disputeregistry.events.ReferenceData.defaults()
          .street("YUTANG")
          .orElseThrow()
          .communities()
          .get(0)
          .code();
    }

    @Test
    void aRetriedStepIsAnsweredWithoutASecondEventAndAReusedStepIdIsAConflict() {
      UUID id = acceptedPetition();
      String reply =
          "{\"stepId\":\"%s\",\"repliedOn\":\"2023-04-01\"}".formatted(UUID.randomUUID());

      assertStatus(post("/api/petitions/" + id + "/reply", reply), HttpStatus.CREATED);
      ResponseEntity<String> retried = post("/api/petitions/" + id + "/reply", reply);

      assertStatus(retried, HttpStatus.OK);
      assertThat(read(retried, "$.outcome").toString()).isEqualTo("ALREADY_RECORDED");
      assertThat(storedEvents(id)).isEqualTo(3);
      assertProblem(
          post("/api/petitions/" + id + "/reply", reply.replace("04-01", "04-02")),
          HttpStatus.CONFLICT,
          "STEP_ID_TAKEN",
          "stepId");
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailureAndTheCurrentOneSucceeds() {
      UUID id = acceptedPetition();
      String etag = get("/api/petitions/" + id).getHeaders().getETag();
      assertThat(etag).isEqualTo("\"1\"");
      String reply = "{\"stepId\":\"%s\",\"repliedOn\":\"2023-04-01\"}";

      assertProblem(
          post("/api/petitions/" + id + "/reply", reply.formatted(UUID.randomUUID()), "\"0\""),
          HttpStatus.PRECONDITION_FAILED,
          "VERSION_MISMATCH",
          "If-Match");
      ResponseEntity<String> current =
          post("/api/petitions/" + id + "/reply", reply.formatted(UUID.randomUUID()), etag);
      assertStatus(current, HttpStatus.CREATED);
      assertThat(current.getHeaders().getETag()).isEqualTo("\"2\"");
    }

    /**
     * One instance loads a case under Axon's per-case lock, held until the step is committed: of
     * two replies sent at once, the second is handled after the first and finds the petition
     * REPLIED. Through two instances the later append collides with the first instead, a 409
     * CONCURRENT_MODIFICATION (DuplicateAppendIT; system-tests' ClusterAndInstancesIT).
     */
    @Test
    void twoRepliesAtOnceAreHandledOneAfterTheOtherAndTheSecondIsAnIllegalTransition()
        throws Exception {
      UUID id = acceptedPetition();
      String reply =
          "{\"stepId\":\"%s\",\"repliedOn\":\"2023-04-01\"}".formatted(UUID.randomUUID());
      String otherReply =
          "{\"stepId\":\"%s\",\"repliedOn\":\"2023-04-02\"}".formatted(UUID.randomUUID());
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService clients = Executors.newFixedThreadPool(2);
      try {
        List<Callable<ResponseEntity<String>>> writes =
            List.of(
                () -> {
                  start.await();
                  return post("/api/petitions/" + id + "/reply", reply);
                },
                () -> {
                  start.await();
                  return post("/api/petitions/" + id + "/reply", otherReply);
                });
        List<Future<ResponseEntity<String>>> answers =
            writes.stream().map(clients::submit).toList();
        start.countDown();
        List<ResponseEntity<String>> responses = new java.util.ArrayList<>();
        for (Future<ResponseEntity<String>> answer : answers) {
          responses.add(answer.get());
        }
        assertThat(responses)
            .extracting(response -> response.getStatusCode().value())
            .containsExactlyInAnyOrder(201, 409);
        ResponseEntity<String> loser =
            responses.stream().filter(r -> r.getStatusCode().value() == 409).findFirst().get();
        assertProblem(loser, HttpStatus.CONFLICT, "ILLEGAL_TRANSITION", null);
        assertThat(read(loser, "$.currentState").toString()).isEqualTo("REPLIED");
      } finally {
        clients.shutdownNow();
      }
      assertThat(storedEvents(id)).isEqualTo(3);
    }

    @Test
    void anIdOfAnotherTypeIsNotFoundForStepsAndTakenForOpening() {
      UUID id = acceptedPetition();

      assertProblem(
          get("/api/reconsiderations/" + id), HttpStatus.NOT_FOUND, "CASE_NOT_FOUND", null);
      assertProblem(
          post(
              "/api/service-contacts",
              """
              {"caseId":"%s","site":"X","street":"MATIAN","community":"JIANGSHI",
               "servedOn":"2023-06-01"}"""
                  .formatted(id)),
          HttpStatus.CONFLICT,
          "CASE_ID_TAKEN",
          "caseId");
      assertProblem(
          post(
              "/api/commercial-mediations/" + id + "/acceptance",
              "{\"stepId\":\"%s\",\"acceptedOn\":\"2023-03-05\"}".formatted(UUID.randomUUID())),
          HttpStatus.NOT_FOUND,
          "CASE_NOT_FOUND",
          null);
      assertThat(storedEvents(id)).isEqualTo(2);
    }

    @Test
    void aStepOfAnUnknownCaseIsNotFound() {
      assertProblem(
          post(
              "/api/petitions/" + UUID.randomUUID() + "/acceptance",
              "{\"stepId\":\"%s\",\"acceptedOn\":\"2023-03-05\"}".formatted(UUID.randomUUID())),
          HttpStatus.NOT_FOUND,
          "CASE_NOT_FOUND",
          null);
    }
  }
}
