package org.disputeregistry.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.disputeregistry.command.support.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A corpus of malformed and hostile requests: each is answered 4xx with a reason (problem details)
 * and appends nothing. None may ever be a 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT extends ApiTestBase {

  static final String CASE = "c0ffee00-0000-4000-8000-00000000beef";
  static final String MEDIATION = "c0ffee00-0000-4000-8000-00000000cafe";
  static final String DAY = "c0ffee00-0000-4000-8000-00000000d0d0";
  static final String JSON = "application/json";

  static final String APPLICATION =
      """
      {"caseId":"%s","caseNumber":"光明复〔2023〕9001号","receivedOn":"2023-03-14",
       "channel":"ONLINE","street":"GUANGMING","community":"BIYAN","category":"URBAN_MANAGEMENT",
       "respondentAgency":"光明区城市管理和综合执法局","applicants":["PERSON"],"actKind":"PENALTY"}"""
          .formatted(UUID.randomUUID());

  static final String MEDIATION_APPLICATION =
      """
      {"caseId":"%s","caseNumber":"光明商调〔2023〕9001号","receivedOn":"2023-05-08",
       "centre":"SCIENCE_CITY","source":"PARTY","parties":["DOMESTIC","FOREIGN"],
       "disputeType":"TRADE","amountInDispute":{"amount":100.00,"currency":"CNY"}}"""
          .formatted(UUID.randomUUID());

  static final String ACCEPTANCE =
      """
      {"stepId":"%s","acceptedOn":"2023-03-15","procedure":"ORDINARY"}"""
          .formatted(UUID.randomUUID());

  @BeforeAll
  void openCases() {
    assertStatus(
        post(
            "/api/reconsiderations",
            APPLICATION
                .replaceFirst("\"caseId\":\"[^\"]+\"", "\"caseId\":\"" + CASE + "\"")
                .replace("9001号", "9000号")),
        HttpStatus.CREATED);
    assertStatus(
        post(
            "/api/commercial-mediations",
            MEDIATION_APPLICATION
                .replaceFirst("\"caseId\":\"[^\"]+\"", "\"caseId\":\"" + MEDIATION + "\"")
                .replace("9001号", "9000号")),
        HttpStatus.CREATED);
    assertStatus(
        post(
            "/api/service-contacts",
            """
            {"caseId":"%s","site":"HOSTILE_HALL","street":"MATIAN","community":"JIANGSHI",
             "servedOn":"2023-06-01"}"""
                .formatted(DAY)),
        HttpStatus.CREATED);
  }

  static Arguments request(String name, String path, String body) {
    return Arguments.of(name, HttpMethod.POST, path, JSON, body, null, null);
  }

  static Arguments application(String name, String field, String value) {
    return request(name, "/api/reconsiderations", replace(APPLICATION, field, value));
  }

  static Arguments mediation(String name, String field, String value) {
    return request(
        name, "/api/commercial-mediations", replace(MEDIATION_APPLICATION, field, value));
  }

  static Arguments acceptance(String name, String field, String value) {
    return request(
        name, "/api/reconsiderations/" + CASE + "/acceptance", replace(ACCEPTANCE, field, value));
  }

  /** The body with one field's JSON value replaced by {@code value} (raw JSON). */
  static String replace(String body, String field, String value) {
    String replaced =
        body.replaceFirst(
            "\"" + field + "\":(\"[^\"]*\"|\\[[^\\]]*\\]|\\{[^}]*\\}|[^,}]+)",
            java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + value));
    assertThat(replaced).as(field).isNotEqualTo(body);
    return replaced;
  }

  static String quoted(String text) {
    return "\"" + text + "\"";
  }

  static Stream<Arguments> corpus() {
    String huge = "光".repeat(100_000);
    String deep = "[".repeat(5_000) + "]".repeat(5_000);
    List<Arguments> corpus = new ArrayList<>();
    corpus.addAll(
        List.of(
            request("empty body", "/api/reconsiderations", ""),
            request("truncated JSON", "/api/reconsiderations", "{\"caseId\":"),
            request("an array", "/api/reconsiderations", "[]"),
            request("null", "/api/reconsiderations", "null"),
            request("a string", "/api/reconsiderations", "\"hello\""),
            request("two objects", "/api/reconsiderations", APPLICATION + APPLICATION),
            request("nested 5000 deep", "/api/reconsiderations", deep),
            request(
                "unknown field",
                "/api/reconsiderations",
                APPLICATION.replace("{", "{\"admin\":true,")),
            request(
                "missing field",
                "/api/reconsiderations",
                APPLICATION.replace("\"channel\":\"ONLINE\",", "")),
            application("caseId a number", "caseId", "123"),
            application("caseId not a UUID", "caseId", quoted("' OR 1=1 --")),
            application("date as a number", "receivedOn", "20230314"),
            application("February 30th", "receivedOn", quoted("2023-02-30")),
            application("year 99999", "receivedOn", quoted("+99999-01-01")),
            application("year zero", "receivedOn", quoted("0000-01-01")),
            application("before 1990", "receivedOn", quoted("1899-12-31")),
            application("in the future", "receivedOn", quoted("2999-01-01")),
            application("channel a number", "channel", "5"),
            application("channel SQL", "channel", quoted("ONLINE' OR '1'='1")),
            application("applicants a string", "applicants", quoted("PERSON")),
            application("applicants empty", "applicants", "[]"),
            application("applicants with null", "applicants", "[null]"),
            application(
                "street SQL", "street", quoted("GUANGMING'; DROP TABLE domainevententry; --")),
            application("category script", "category", quoted("<script>alert(1)</script>")),
            application("case number script", "caseNumber", quoted("<script>alert(1)</script>")),
            application(
                "case number SQL", "caseNumber", quoted("1'; DELETE FROM case_number_claim; --")),
            application("case number NUL", "caseNumber", quoted("\\u0000")),
            application("case number newline", "caseNumber", quoted("光明复\\n17号")),
            application("case number blank", "caseNumber", quoted("   ")),
            application("case number 100k chars", "caseNumber", quoted(huge)),
            application("agency with escape codes", "respondentAgency", quoted("a\\u001b[31mred")),
            application("agency 100k chars", "respondentAgency", quoted(huge)),
            application("case number an object", "caseNumber", "{\"$ne\":null}"),
            mediation("negative amount", "amountInDispute", "{\"amount\":-1,\"currency\":\"CNY\"}"),
            mediation(
                "three decimals", "amountInDispute", "{\"amount\":1.005,\"currency\":\"CNY\"}"),
            mediation(
                "amount a string", "amountInDispute", "{\"amount\":\"abc\",\"currency\":\"CNY\"}"),
            mediation("amount 1e400", "amountInDispute", "{\"amount\":1e400,\"currency\":\"CNY\"}"),
            mediation(
                "amount 5000 digits",
                "amountInDispute",
                "{\"amount\":" + "9".repeat(5000) + ",\"currency\":\"CNY\"}"),
            mediation("unknown currency", "amountInDispute", "{\"amount\":1,\"currency\":\"XYZ\"}"),
            mediation(
                "lower-case currency", "amountInDispute", "{\"amount\":1,\"currency\":\"cny\"}"),
            mediation("unknown centre", "centre", quoted("NOWHERE")),
            mediation("one party", "parties", "[\"DOMESTIC\"]"),
            acceptance("stepId missing", "stepId", "null"),
            acceptance("stepId not a UUID", "stepId", quoted("step-1")),
            request(
                "deemed sent by a client",
                "/api/reconsiderations/" + CASE + "/acceptance",
                ACCEPTANCE.replace("}", ",\"deemed\":true}")),
            acceptance("accepted before received", "acceptedOn", quoted("2023-03-13")),
            request(
                "unknown case",
                "/api/reconsiderations/" + UUID.randomUUID() + "/acceptance",
                ACCEPTANCE),
            request(
                "case id SQL in the path",
                "/api/reconsiderations/1' OR '1'='1/acceptance",
                ACCEPTANCE),
            request(
                "decision before acceptance",
                "/api/reconsiderations/" + CASE + "/decision",
                "{\"stepId\":\"%s\",\"decidedOn\":\"2023-03-20\",\"outcome\":\"UPHELD\"}"
                    .formatted(UUID.randomUUID())),
            request(
                "extension of 31 days",
                "/api/reconsiderations/" + CASE + "/extension",
                "{\"stepId\":\"%s\",\"extendedOn\":\"2023-03-20\",\"days\":31}"
                    .formatted(UUID.randomUUID())),
            request(
                "extension of -1 days",
                "/api/reconsiderations/" + CASE + "/extension",
                "{\"stepId\":\"%s\",\"extendedOn\":\"2023-03-20\",\"days\":-1}"
                    .formatted(UUID.randomUUID())),
            request(
                "extension of 1.5 days",
                "/api/reconsiderations/" + CASE + "/extension",
                "{\"stepId\":\"%s\",\"extendedOn\":\"2023-03-20\",\"days\":1.5}"
                    .formatted(UUID.randomUUID())),
            request("unknown step", "/api/reconsiderations/" + CASE + "/pardon", ACCEPTANCE),
            request(
                "agreement with negative amount",
                "/api/commercial-mediations/" + MEDIATION + "/agreement",
                "{\"stepId\":\"%s\",\"signedOn\":\"2023-05-09\",\"amountAgreed\":{\"amount\":-5,\"currency\":\"CNY\"}}"
                    .formatted(UUID.randomUUID())),
            request(
                "no contacts",
                "/api/service-contacts/" + DAY + "/contacts",
                "{\"stepId\":\"%s\",\"contacts\":[]}".formatted(UUID.randomUUID())),
            request(
                "a null contact",
                "/api/service-contacts/" + DAY + "/contacts",
                "{\"stepId\":\"%s\",\"contacts\":[null]}".formatted(UUID.randomUUID())),
            request(
                "zero persons",
                "/api/service-contacts/" + DAY + "/contacts",
                "{\"stepId\":\"%s\",\"contacts\":[{\"kind\":\"CONSULTATION\",\"persons\":0}]}"
                    .formatted(UUID.randomUUID())),
            request(
                "1001 contacts",
                "/api/service-contacts/" + DAY + "/contacts",
                "{\"stepId\":\"%s\",\"contacts\":[%s]}"
                    .formatted(
                        UUID.randomUUID(),
                        String.join(
                            ",",
                            java.util.Collections.nCopies(
                                1001, "{\"kind\":\"CONSULTATION\",\"persons\":1}")))),
            request(
                "site with SQL",
                "/api/service-contacts",
                "{\"caseId\":\"%s\",\"site\":\"HALL'; --\",\"street\":\"MATIAN\",\"community\":\"JIANGSHI\",\"servedOn\":\"2023-06-01\"}"
                    .formatted(UUID.randomUUID())),
            Arguments.of(
                "token with markup",
                HttpMethod.POST,
                "/api/reconsiderations",
                JSON,
                APPLICATION,
                "Bearer <script>alert(1)</script>",
                null),
            Arguments.of(
                "token of 4,000 characters",
                HttpMethod.POST,
                "/api/reconsiderations",
                JSON,
                APPLICATION,
                "Bearer " + "a".repeat(4_000),
                null),
            Arguments.of(
                "If-Match not a version",
                HttpMethod.POST,
                "/api/reconsiderations/" + CASE + "/acceptance",
                JSON,
                ACCEPTANCE,
                null,
                "\"abc\""),
            Arguments.of(
                "If-Match stale",
                HttpMethod.POST,
                "/api/reconsiderations/" + CASE + "/acceptance",
                JSON,
                ACCEPTANCE,
                null,
                "\"7\""),
            Arguments.of(
                "text/plain body",
                HttpMethod.POST,
                "/api/reconsiderations",
                "text/plain",
                APPLICATION,
                null,
                null),
            Arguments.of(
                "XML body",
                HttpMethod.POST,
                "/api/reconsiderations",
                "application/xml",
                "<case/>",
                null,
                null),
            Arguments.of(
                "DELETE a case",
                HttpMethod.DELETE,
                "/api/reconsiderations/" + CASE,
                JSON,
                "",
                null,
                null),
            Arguments.of(
                "GET a step",
                HttpMethod.GET,
                "/api/reconsiderations/" + CASE + "/acceptance",
                JSON,
                null,
                null,
                null),
            Arguments.of(
                "path traversal",
                HttpMethod.GET,
                "/api/reconsiderations/..%2F..%2Fetc%2Fpasswd",
                JSON,
                null,
                null,
                null),
            Arguments.of(
                "case id script",
                HttpMethod.GET,
                "/api/petitions/<script>",
                JSON,
                null,
                null,
                null)));
    return corpus.stream();
  }

  /** Half a character (a lone UTF-16 surrogate, {@code \\ud800} in JSON) in each kind of text. */
  static Stream<Arguments> loneSurrogates() {
    String half = quoted("光明\\ud800区");
    return Stream.of(
        Arguments.of(
            "/api/reconsiderations",
            replace(APPLICATION, "respondentAgency", half),
            "respondentAgency"),
        Arguments.of(
            "/api/reconsiderations/" + CASE + "/non-acceptance",
            "{\"stepId\":\"%s\",\"decidedOn\":\"2023-03-15\",\"reason\":%s}"
                .formatted(UUID.randomUUID(), half),
            "reason"),
        Arguments.of(
            "/api/commercial-mediations/" + MEDIATION + "/mediator-appointment",
            "{\"stepId\":\"%s\",\"appointedOn\":\"2023-05-09\",\"mediator\":%s}"
                .formatted(UUID.randomUUID(), half),
            "mediator"),
        Arguments.of(
            "/api/reconsiderations", replace(APPLICATION, "caseNumber", half), "caseNumber"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("loneSurrogates")
  void halfACharacterInTextIsInvalidCharactersNamingTheField(
      String path, String body, String field) {
    long before = allStoredEvents();

    ResponseEntity<String> response = post(path, body);

    assertProblem(response, HttpStatus.BAD_REQUEST, "INVALID_CHARACTERS", field);
    assertThat(allStoredEvents()).isEqualTo(before);
  }

  /** {@code count} contacts of a batch, as a stream: the test never holds the body either. */
  static java.io.InputStream contactsBatch(long count) {
    byte[] head =
        ("{\"stepId\":\"" + UUID.randomUUID() + "\",\"contacts\":[")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] entry =
        "{\"kind\":\"CONSULTATION\",\"persons\":1},"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new java.io.InputStream() {
      long position;
      final long length = head.length + count * entry.length;

      @Override
      public int read() {
        if (position >= length) {
          return -1;
        }
        long at = position++;
        if (at < head.length) {
          return head[(int) at];
        }
        int inEntry = (int) ((at - head.length) % entry.length);
        boolean last = at == length - 1;
        return last ? ']' : entry[inEntry];
      }
    };
  }

  java.net.http.HttpResponse<String> postStream(
      String path, java.net.http.HttpRequest.BodyPublisher body) throws Exception {
    java.net.http.HttpClient client =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();
    return client.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.getRootUri() + path))
            .header("Content-Type", JSON)
            .header("Authorization", authorization(path))
            .timeout(java.time.Duration.ofSeconds(60))
            .POST(body)
            .build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A header value with a control character (the byte 0x85, which Tomcat passes on as U+0085) is
   * refused by the firewall before the command runs.
   */
  @org.junit.jupiter.api.Test
  void aControlCharacterInAHeaderValueIsRefused() throws Exception {
    long before = allStoredEvents();
    byte[] body =
        APPLICATION
            .replaceFirst("\"caseId\":\"[^\"]+\"", "\"caseId\":\"" + UUID.randomUUID() + "\"")
            .replace("9001号", "9002号")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream request = new java.io.ByteArrayOutputStream();
    request.writeBytes(
        ("POST /api/reconsiderations HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                + JSON
                + "\r\nAuthorization: "
                + authorization("/api/reconsiderations")
                + "\r\nContent-Length: "
                + body.length
                + "\r\nConnection: close\r\nX-Probe: a")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    request.write(0x85);
    request.writeBytes("b\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    request.writeBytes(body);

    String answer = RawHttp.send(http.getRootUri(), request.toByteArray());

    assertThat(answer).startsWith("HTTP/1.1 400").contains("\"code\":\"INVALID_CHARACTERS\"");
    assertThat(allStoredEvents()).isEqualTo(before);
  }

  /**
   * The 50 MB batch of 1.4 M contacts, chunked: refused as it streams in, at the 1,001st
   * contact.
   */
  @org.junit.jupiter.api.Test
  void aFiftyMegabyteBatchIsRefusedWhileItIsRead() throws Exception {
    long before = allStoredEvents();

    String answer =
        RawHttp.postChunked(
            http.getRootUri(),
            "/api/service-contacts/" + DAY + "/contacts",
            JSON,
            authorization("/api/service-contacts"),
            contactsBatch(1_400_000));

    assertThat(answer).startsWith("HTTP/1.1 400").contains("\"code\":\"WRONG_LENGTH\"");
    assertThat(get("/actuator/health").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(allStoredEvents()).isEqualTo(before);
  }

  /**
   * A valid batch padded with 5 MB of blanks (nothing for the JSON reader to count), chunked: the
   * bytes alone are refused once past the limit.
   */
  @org.junit.jupiter.api.Test
  void aBodyLargerThanTheLimitIsRefusedWhileItIsRead() throws Exception {
    long before = allStoredEvents();
    java.io.InputStream padded =
        new java.io.SequenceInputStream(
            contactsBatch(1),
            new java.io.InputStream() {
              long left = 5_000_000;

              @Override
              public int read() {
                return left-- > 0 ? ' ' : -1;
              }
            });

    String answer =
        RawHttp.postChunked(
            http.getRootUri(),
            "/api/service-contacts/" + DAY + "/contacts",
            JSON,
            authorization("/api/service-contacts"),
            padded);

    assertThat(answer).startsWith("HTTP/1.1 413").contains("\"code\":\"BODY_TOO_LARGE\"");
    assertThat(allStoredEvents()).isEqualTo(before);
  }

  /** The same with a Content-Length: refused before its first byte is read. */
  @org.junit.jupiter.api.Test
  void aDeclaredLengthLargerThanTheLimitIsRefused() throws Exception {
    byte[] body = contactsBatch(100_000).readAllBytes();

    java.net.http.HttpResponse<String> response =
        postStream(
            "/api/service-contacts/" + DAY + "/contacts",
            java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(JsonPath.<String>read(response.body(), "$.code")).isEqualTo("BODY_TOO_LARGE");
  }

  /**
   * A body within the byte limit that holds 150,000 (empty) contacts: the reader stops at the
   * 1,001st, so the list is never built only to be found too long by {@code @Size(max=1000)} (and
   * its 300,000 violations, which took minutes of CPU, are never computed).
   */
  @org.junit.jupiter.api.Test
  void aHugeArrayIsRefusedBeforeItIsBuilt() {
    String contacts = String.join(",", java.util.Collections.nCopies(150_000, "{}"));

    ResponseEntity<String> response =
        post(
            "/api/service-contacts/" + DAY + "/contacts",
            "{\"stepId\":\"%s\",\"contacts\":[%s]}".formatted(UUID.randomUUID(), contacts));

    assertProblem(response, HttpStatus.BAD_REQUEST, "WRONG_LENGTH", "contacts");
    assertThat(JsonPath.<String>read(response.getBody(), "$.detail"))
        .isEqualTo("contacts must have at most 1000 elements");
  }

  /** A list without its own bound is bounded too (registry.json.max-collection-size). */
  @org.junit.jupiter.api.Test
  void aListIsReadUpToItsBound() {
    String applicants = String.join(",", java.util.Collections.nCopies(1001, "\"PERSON\""));

    ResponseEntity<String> response =
        post("/api/reconsiderations", replace(APPLICATION, "applicants", "[" + applicants + "]"));

    assertProblem(response, HttpStatus.BAD_REQUEST, "WRONG_LENGTH", "applicants");
    assertThat(JsonPath.<String>read(response.getBody(), "$.detail"))
        .isEqualTo("applicants must have at most 1000 elements");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isRefusedWithAReasonAndAppendsNothing(
      String name,
      HttpMethod method,
      String path,
      String contentType,
      String body,
      String authorization,
      String ifMatch) {
    long before = allStoredEvents();
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, contentType);
    headers.set(
        HttpHeaders.AUTHORIZATION, authorization != null ? authorization : authorization(path));
    if (ifMatch != null) {
      headers.set(HttpHeaders.IF_MATCH, ifMatch);
    }

    ResponseEntity<String> response =
        http.exchange(
            java.net.URI.create(
                http.getRootUri()
                    + path.replace("<", "%3C")
                        .replace(">", "%3E")
                        .replace("'", "%27")
                        .replace(" ", "%20")),
            method,
            new HttpEntity<>(body, headers),
            String.class);

    assertThat(response.getStatusCode().is4xxClientError()).as(response.getBody()).isTrue();
    assertThat(response.getBody()).isNotBlank();
    if (MediaType.APPLICATION_PROBLEM_JSON.equals(response.getHeaders().getContentType())) {
      String detail = JsonPath.read(response.getBody(), "$.detail");
      assertThat(detail).as(response.getBody()).isNotBlank();
    } else {
      // Only the servlet container's own refusals (an encoded '/' in the path) are not ours.
      assertThat(name).isEqualTo("path traversal");
    }
    assertThat(allStoredEvents()).isEqualTo(before);
  }
}
