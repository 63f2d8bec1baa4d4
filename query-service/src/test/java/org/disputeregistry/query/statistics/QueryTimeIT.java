package org.disputeregistry.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import org.disputeregistry.query.support.Readers;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A statistics query or case list that runs past {@code registry.statistics.statement-timeout} is
 * cancelled by PostgreSQL and answered {@code 503 QUERY_TIMEOUT} with {@code Retry-After}; the log
 * says which path, never the caller's filter values; the limit stays on the query's own
 * transaction, not on the pooled connections that the projection writes through.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "registry.kafka.topic=query-time-it",
      // No real query of this table finishes within a millisecond.
      "registry.statistics.statement-timeout=1ms",
      "spring.datasource.hikari.maximum-pool-size=3"
    })
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class QueryTimeIT {

  private static final String NAME = "王小明调解员";

  TestRestTemplate http;

  @Autowired
  void callAsAReader(TestRestTemplate anonymous) {
    http = Readers.of(anonymous);
  }

  @Autowired JdbcTemplate jdbc;

  /** Many cases over many years: a filtered query reads the case table, not the counters. */
  @BeforeAll
  void manyCases() {
    jdbc.update(
        "INSERT INTO reconsideration_case (case_id, case_number, received_on, channel, street,"
            + " community, category, respondent_agency, decision_due_on)"
            + " SELECT gen_random_uuid(), 'C-' || i, DATE '2000-01-01' + (i % 36000),"
            + " 'ON_SITE', 'GUANGMING', 'C' || (i % 50), 'LAND', 'AGENCY-' || (i % 30),"
            + " DATE '2000-03-01' + (i % 36000) FROM generate_series(1, 300000) i");
    // Their summaries, for the case list (a drill-down joins the two).
    jdbc.update(
        "INSERT INTO case_summary (case_id, case_type, case_number, state, street, community,"
            + " category, organisation, received_on, last_business_date, version)"
            + " SELECT case_id, 'RECONSIDERATION', case_number, 'RECEIVED', street, community,"
            + " category, 'RECONSIDERATION_OFFICE', received_on, received_on, 0"
            + " FROM reconsideration_case");
  }

  @Test
  void aFilteredStatisticsQueryPastTheLimitIsA503WithRetryAfter(CapturedOutput log) {
    ResponseEntity<String> answer =
        get(
            "/api/statistics/reconsiderations?from=2000-01-01&to=2098-12-31&respondentAgency="
                + NAME);

    assertTimedOut(answer);
    assertThat(log.getAll()).contains("/api/statistics/reconsiderations").doesNotContain(NAME);
  }

  @Test
  void aBreakdownPastTheLimitIsA503() {
    assertTimedOut(
        get(
            "/api/statistics/reconsiderations/breakdown?from=2000-01-01&to=2098-12-31&by=community"));
  }

  @Test
  void aCaseListPastTheLimitIsA503() {
    assertTimedOut(get("/api/cases/overdue?caseType=reconsideration&asOf=2099-01-01"));
  }

  @Test
  void aDrillDownPastTheLimitIsA503() {
    assertTimedOut(
        get("/api/cases?caseType=reconsideration&figure=received&from=2000-01-01&to=2098-12-31"));
  }

  @Test
  void theLimitStaysOnTheQuerysTransaction() {
    for (int i = 0; i < 5; i++) {
      get("/api/statistics/reconsiderations/breakdown?from=2000-01-01&to=2098-12-31&by=street");
    }
    // Every pooled connection (three) is taken in turn by these: none kept the limit.
    for (int i = 0; i < 6; i++) {
      assertThat(jdbc.queryForObject("SHOW statement_timeout", String.class)).isEqualTo("0");
    }
  }

  private ResponseEntity<String> get(String path) {
    return http.getForEntity(URI.create(http.getRootUri() + path), String.class);
  }

  private static void assertTimedOut(ResponseEntity<String> answer) {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(503);
    assertThat(JsonPath.<String>read(answer.getBody(), "$.code")).isEqualTo("QUERY_TIMEOUT");
    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
  }
}
