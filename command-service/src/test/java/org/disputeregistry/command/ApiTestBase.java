package org.disputeregistry.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.disputeregistry.testsupport.Tokens;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the API integration tests share: one running service on a real PostgreSQL and Kafka (one
 * Spring context for all of them, so ids and case numbers are random per test).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = ApiTestBase.TOPIC_PROPERTY)
@WithRealInfrastructure
public abstract class ApiTestBase {

  public static final String TOPIC = "command-service-it";
  static final String TOPIC_PROPERTY = "registry.kafka.topic=" + TOPIC;

  @Autowired protected TestRestTemplate http;
  @Autowired protected JdbcTemplate jdbc;

  protected ResponseEntity<String> post(String path, String body) {
    return post(path, body, null);
  }

  protected ResponseEntity<String> post(String path, String body, String ifMatch) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.AUTHORIZATION, authorization(path));
    if (ifMatch != null) {
      headers.setIfMatch(ifMatch);
    }
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  protected ResponseEntity<String> get(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.AUTHORIZATION, authorization(path));
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  /**
   * The {@code Authorization} header of the demo account that records the cases under a path: the
   * reconsideration officer, the mediator of the Science City centre (the tests' cases are of that
   * centre), the district petition office (every street), the admin for the back-fill.
   */
  public static String authorization(String path) {
    return "Bearer " + Tokens.forAccount(accountFor(path));
  }

  static String accountFor(String path) {
    if (path.startsWith("/api/reconsiderations")) {
      return "officer.li";
    }
    if (path.startsWith("/api/commercial-mediations")) {
      return "mediator.chen";
    }
    if (path.startsWith("/api/petitions") || path.startsWith("/api/service-contacts")) {
      return "petition.zhou";
    }
    return "admin.he";
  }

  protected long storedEvents(UUID caseId) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
        Long.class,
        caseId.toString());
  }

  protected long allStoredEvents() {
    return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
  }

  /** A case number no other test uses. */
  protected static String number(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  protected static <T> T read(ResponseEntity<String> response, String path) {
    return JsonPath.read(response.getBody(), path);
  }

  protected static void assertStatus(ResponseEntity<String> response, HttpStatusCode status) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
  }

  public static void assertProblem(
      ResponseEntity<String> response, HttpStatus status, String code, String field) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(JsonPath.<String>read(response.getBody(), "$.code")).isEqualTo(code);
    if (field != null) {
      assertThat(JsonPath.<List<String>>read(response.getBody(), "$.errors[*].field"))
          .contains(field);
    }
  }
}
