package org.disputeregistry.command.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.disputeregistry.command.ApiTestBase;
import org.disputeregistry.command.lifecycle.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Back-fill through the same aggregates and rules, one whole case per line, on the real stack. */
class BackfillIT extends ApiTestBase {

  @Autowired Backfill backfill;

  static String reconsideration(UUID id, String number, String steps) {
    return """
        {"type":"reconsiderations","open":{"caseId":"%s","caseNumber":"%s","receivedOn":"2023-02-01",\
        "channel":"ONSITE_PLACEHOLDER","street":"GUANGMING","community":"BIYAN","category":"TRANSPORT",\
        "respondentAgency":"光明区交通运输局","applicants":["ENTERPRISE"],"actKind":"PENALTY"},\
        "steps":[%s]}"""
        .formatted(id, number, steps)
        .replace("ONSITE_PLACEHOLDER", "ON_SITE");
  }

  static String petition(UUID id, String number) {
    return """
        {"type":"petitions","open":{"caseId":"%s","caseNumber":"%s","registeredOn":"2023-01-05",\
        "channel":"HOTLINE","persons":1,"group":false,"repeat":false,"street":"MATIAN",\
        "community":"JIANGSHI","category":"HUMAN_RESOURCES"},"steps":[\
        {"step":"acceptance","acceptedOn":"2023-01-06"},\
        {"step":"assignment","assignedOn":"2023-01-06","department":"光明区人力资源局","dueOn":"2023-02-06"},\
        {"step":"reply","repliedOn":"2023-02-01"},\
        {"step":"resolution","resolvedOn":"2023-02-01"},\
        {"step":"satisfaction","ratedOn":"2023-02-02","satisfaction":"SATISFIED"}]}"""
        .formatted(id, number);
  }

  static final String FULL_RECONSIDERATION_STEPS =
      """
      {"step":"acceptance","acceptedOn":"2023-02-03","procedure":"ORDINARY"},\
      {"step":"review-activity","activity":"VIEWS_HEARD","heldOn":"2023-02-10"},\
      {"step":"decision","decidedOn":"2023-03-20","outcome":"REVOKED"}""";

  BackfillReport load(List<String> lines) {
    return backfill.run(
        new BufferedReader(new StringReader(String.join("\n", lines))),
        Caller.of("backfill.it", "DISTRICT"),
        progress -> {});
  }

  long claims(String number) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM case_number_claim WHERE case_number = ?", Long.class, number);
  }

  @Test
  void loadsWholeCasesRejectsBadLinesWithReasonsAndLeavesNothingOfThem() {
    UUID reconsideration = UUID.randomUUID();
    UUID mediation = UUID.randomUUID();
    UUID petition = UUID.randomUUID();
    UUID day = UUID.randomUUID();
    UUID illegal = UUID.randomUUID();
    String illegalNumber = number("光明复〔2023〕");
    List<String> lines =
        List.of(
            reconsideration(reconsideration, number("光明复〔2023〕"), FULL_RECONSIDERATION_STEPS),
            """
            {"type":"commercial-mediations","open":{"caseId":"%s","caseNumber":"%s",\
            "receivedOn":"2023-04-01","centre":"GONGMING_CHAMBER","source":"PARTY",\
            "parties":["DOMESTIC","DOMESTIC"],"disputeType":"CONSTRUCTION",\
            "amountInDispute":{"amount":300000,"currency":"CNY"}},"steps":[\
            {"step":"acceptance","acceptedOn":"2023-04-02"},\
            {"step":"mediator-appointment","appointedOn":"2023-04-02","mediator":"M-0001"},\
            {"step":"session","heldOn":"2023-04-10","mode":"IN_PERSON"},\
            {"step":"ending-without-agreement","endedOn":"2023-04-10","reason":"分歧大"}]}"""
                .formatted(mediation, number("光明商调〔2023〕")),
            petition(petition, number("光明信〔2023〕")),
            """
            {"type":"service-contacts","open":{"caseId":"%s","site":"BACKFILL_HALL_%s",\
            "street":"GONGMING","community":"XIACUN","servedOn":"2023-03-01"},"steps":[\
            {"step":"contacts","contacts":[{"kind":"CONSULTATION","persons":3},\
            {"kind":"LEGAL_SERVICE","persons":1,"category":"HUMAN_RESOURCES"}]}]}"""
                .formatted(day, day.toString().substring(0, 8).toUpperCase()),
            reconsideration(
                illegal,
                illegalNumber,
                """
                {"step":"review-activity","activity":"VIEWS_HEARD","heldOn":"2023-02-10"},\
                {"step":"decision","decidedOn":"2023-03-20","outcome":"REVOKED"}"""),
            "{\"type\":\"reconsiderations\",\"open\":",
            "{\"type\":\"lawsuits\",\"open\":{}}",
            reconsideration(UUID.randomUUID(), number("光明复〔2023〕"), "{\"step\":\"pardon\"}"));

    BackfillReport report = load(lines);

    assertThat(report.lines()).isEqualTo(8);
    assertThat(report.casesRecorded()).isEqualTo(4);
    assertThat(report.rejected()).isEqualTo(4);
    assertThat(report.eventsAppended()).isEqualTo(4 + 5 + 6 + 2);
    assertThat(report.rejectedByCode())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "ILLEGAL_TRANSITION", 1L,
                "MALFORMED_JSON", 1L,
                "UNKNOWN_CASE_TYPE", 1L,
                "UNKNOWN_STEP_NAME", 1L));
    Rejection rejected = report.rejections().get(0);
    assertThat(rejected.line()).isEqualTo(5);
    assertThat(rejected.caseId()).isEqualTo(illegal.toString());
    assertThat(rejected.step()).isEqualTo("steps[0] (review-activity)");
    assertThat(rejected.message()).contains("RECEIVED");

    assertThat(storedEvents(reconsideration)).isEqualTo(4);
    assertThat(storedEvents(mediation)).isEqualTo(5);
    assertThat(storedEvents(petition)).isEqualTo(6);
    assertThat(storedEvents(day)).isEqualTo(2);
    assertThat(storedEvents(illegal)).isZero();
    assertThat(claims(illegalNumber)).as("the rejected case's number is free").isZero();
    assertThat(read(get("/api/petitions/" + petition), "$.resolution").toString())
        .isEqualTo("RESOLVED");

    BackfillReport again = load(lines.subList(0, 4));

    assertThat(again.casesAlreadyLoaded()).isEqualTo(4);
    assertThat(again.eventsAppended()).isZero();
    assertThat(again.rejected()).isZero();
  }

  @Test
  void aLineIsLoadedWholeOrNotAtAllEvenWhenItsLastStepBreaksARule() {
    UUID id = UUID.randomUUID();
    String number = number("光明复〔2023〕");
    String steps =
        FULL_RECONSIDERATION_STEPS
            + ",{\"step\":\"withdrawal\",\"approvedOn\":\"2023-03-21\",\"reason\":\"VOLUNTARY\"}";

    BackfillReport report = load(List.of(reconsideration(id, number, steps)));

    assertThat(report.rejectedByCode()).containsOnlyKeys("ILLEGAL_TRANSITION");
    assertThat(report.rejections().get(0).step()).isEqualTo("steps[3] (withdrawal)");
    assertThat(storedEvents(id)).isZero();
    assertThat(claims(number)).isZero();
  }

  @Test
  void theHttpEndpointLoadsAFileAndAnswersWithTheReport() {
    UUID id = UUID.randomUUID();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("application/x-ndjson"));
    headers.set(HttpHeaders.AUTHORIZATION, authorization("/api/backfills"));

    ResponseEntity<String> answer =
        http.postForEntity(
            "/api/backfills",
            new HttpEntity<>(petition(id, number("光明信〔2023〕")) + "\n", headers),
            String.class);

    assertStatus(answer, HttpStatus.OK);
    assertThat(read(answer, "$.casesRecorded").toString()).isEqualTo("1");
    assertThat(storedEvents(id)).isEqualTo(6);
    assertThat(
            jdbc.queryForObject(
                "SELECT convert_from(metadata, 'UTF8') FROM domainevententry"
                    + " WHERE aggregateidentifier = ? AND sequencenumber = 0",
                String.class,
                id.toString()))
        .as("the uploader's token's subject and organisation, and the step's business date")
        .contains(
            "\"actor\":\"admin.he\"",
            "\"actorOrganisation\":\"DISTRICT\"",
            "\"businessDate\":\"2023-01-05\"");
  }

  /**
   * A 200 MB line without a newline after a good one: the good line is loaded, the long one is a
   * 413 naming line 2 once it passes the maximum length, without the service holding it.
   */
  @Test
  void aLineLongerThanTheMaximumIsRefusedNamingItWhileItIsRead() throws Exception {
    UUID id = UUID.randomUUID();
    java.io.InputStream upload =
        new java.io.SequenceInputStream(
            new java.io.ByteArrayInputStream(
                (petition(id, number("光明信〔2023〕")) + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            new java.io.InputStream() {
              long left = 200_000_000;

              @Override
              public int read() {
                return left-- > 0 ? 'x' : -1;
              }
            });

    String answer =
        org.disputeregistry.command.support.RawHttp.postChunked(
            http.getRootUri(),
            "/api/backfills",
            "application/x-ndjson",
            authorization("/api/backfills"),
            upload);

    assertThat(answer)
        .startsWith("HTTP/1.1 413")
        .contains("\"code\":\"LINE_TOO_LONG\"")
        .contains("\"field\":\"line 2\"");
    assertThat(storedEvents(id)).isEqualTo(6);
  }

  /** Several batches of new cases at once, on all loading threads, through the in-memory path. */
  @Test
  void manyNewCasesInParallelBatchesAreAllLoadedWithEveryEvent() {
    int cases = 200;
    List<UUID> ids = IntStream.range(0, cases).mapToObj(i -> UUID.randomUUID()).toList();

    BackfillReport report =
        load(ids.stream().map(id -> petition(id, number("光明信〔2023〕many"))).toList());

    assertThat(report.rejected()).isZero();
    assertThat(report.casesRecorded()).isEqualTo(cases);
    assertThat(report.eventsAppended()).isEqualTo(cases * 6L);
    assertThat(storedEvents(ids.get(0))).isEqualTo(6);
    assertThat(storedEvents(ids.get(cases - 1))).isEqualTo(6);
  }
}
