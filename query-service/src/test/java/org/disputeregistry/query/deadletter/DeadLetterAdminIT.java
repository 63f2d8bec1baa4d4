package org.disputeregistry.query.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.RegistryJson;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.query.projection.Projection;
import org.disputeregistry.query.projection.ProjectionRuleException;
import org.disputeregistry.query.support.Envelopes;
import org.disputeregistry.query.support.ReadModels;
import org.disputeregistry.query.support.Readers;
import org.disputeregistry.query.support.TestTopic;
import org.disputeregistry.testsupport.TestInfrastructure;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterAdminIT {

  static final TestTopic TOPIC = TestTopic.create("dead-letters");

  @DynamicPropertySource
  static void topic(DynamicPropertyRegistry registry) {
    registry.add("registry.kafka.topic", TOPIC::name);
    registry.add(
        "spring.kafka.consumer.group-id",
        () -> TestInfrastructure.get().uniqueName("dead-letters"));
  }

  /** A read-model rule that a test can switch off, as a fix of a wrong rule would. */
  @TestConfiguration
  static class Rules {

    static final AtomicBoolean REJECTING = new AtomicBoolean(true);

    @Bean
    Projection rejectsMarkedCaseNumbers() {
      return new Projection() {
        @Override
        public void apply(EventEnvelope envelope, CaseEvent event) {
          if (REJECTING.get()
              && event instanceof ReconsiderationApplicationReceivedEvent received
              && received.caseNumber().startsWith("REJECT")) {
            throw new ProjectionRuleException("case numbers marked REJECT are refused");
          }
        }

        @Override
        public void forget(CaseId caseId) {
          // Keeps no rows.
        }
      };
    }
  }

  TestRestTemplate http;

  @Autowired
  void callAsAReader(TestRestTemplate anonymous) {
    http = Readers.of(anonymous);
  }

  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void rejecting() {
    Rules.REJECTING.set(true);
  }

  @AfterAll
  void closeTopic() {
    TOPIC.close();
  }

  @Test
  void poisonIsParkedWithItsReasonAndTheProjectionGoesOn() {
    UUID unparseable = UUID.randomUUID();
    UUID unknown = UUID.randomUUID();
    UUID tooLong = UUID.randomUUID();
    UUID rejected = UUID.randomUUID();
    TOPIC.publishRaw(unparseable.toString(), "{ not json".getBytes(StandardCharsets.UTF_8));
    TOPIC.publish(
        Envelopes.envelope(
            unknown,
            0,
            "NoSuchEvent",
            1,
            LocalDate.of(2015, 1, 1),
            RegistryJson.mapper().createObjectNode()));
    TOPIC.publish(Envelopes.received(tooLong, 0, LocalDate.of(2015, 1, 2), "x".repeat(80)));
    TOPIC.publish(Envelopes.received(rejected, 0, LocalDate.of(2015, 1, 3), "REJECT-1"));
    TOPIC.publish(Envelopes.received(UUID.randomUUID(), LocalDate.of(2015, 1, 4)));

    // The records lie on different partitions: the good one being projected says nothing of the
    // others, so wait for each to be parked too.
    await()
        .atMost(Duration.ofMinutes(1))
        .until(
            () ->
                ReadModels.received(jdbc, 2015) == 1
                    && Stream.of(unparseable, unknown, tooLong, rejected)
                        .allMatch(key -> idOf(key) != null));
    assertThat(reasonOf(unparseable)).startsWith("Unreadable: Unexpected character");
    assertThat(reasonOf(unknown)).isEqualTo("Unreadable: Unknown event type NoSuchEvent");
    assertThat(reasonOf(tooLong)).startsWith("Rejected by the read model: ERROR: value too long");
    assertThat(reasonOf(rejected))
        .isEqualTo("Rejected by the read model: case numbers marked REJECT are refused");
  }

  @Test
  void listsInPagesShowsOneAndAnswersBadRequestsWithProblems() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    TOPIC.publishRaw(first.toString(), "first".getBytes(StandardCharsets.UTF_8));
    TOPIC.publishRaw(second.toString(), "second".getBytes(StandardCharsets.UTF_8));
    await().atMost(Duration.ofMinutes(1)).until(() -> idOf(second) != null);

    String page = get("/api/admin/dead-letters?page=0&size=1").getBody();
    assertThat(JsonPath.<List<?>>read(page, "$.items")).hasSize(1);
    assertThat(JsonPath.<Integer>read(page, "$.total")).isGreaterThanOrEqualTo(2);
    String shown = get("/api/admin/dead-letters/" + idOf(first)).getBody();
    assertThat(JsonPath.<String>read(shown, "$.key")).isEqualTo(first.toString());
    assertThat(JsonPath.<String>read(shown, "$.value")).isEqualTo("first");
    assertThat(JsonPath.<Integer>read(shown, "$.partition")).isBetween(0, 2);

    assertProblem(get("/api/admin/dead-letters/987654321"), 404, "DEAD_LETTER_NOT_FOUND");
    assertProblem(post("/api/admin/dead-letters/987654321/replay"), 404, "DEAD_LETTER_NOT_FOUND");
    assertProblem(get("/api/admin/dead-letters/abc"), 400, "WRONG_TYPE");
    ResponseEntity<String> size = get("/api/admin/dead-letters?size=0");
    assertProblem(size, 400, "OUT_OF_RANGE");
    assertThat(JsonPath.<String>read(size.getBody(), "$.errors[0].field")).isEqualTo("size");
  }

  @Test
  void replayRemovesWhatNowAppliesOrRepeatsAndKeepsWhatStillFailsWithTheNewReason() {
    UUID fixed = UUID.randomUUID();
    UUID repeated = UUID.randomUUID();
    UUID outOfOrder = UUID.randomUUID();
    EventEnvelope repeatedEvent =
        Envelopes.received(repeated, 0, LocalDate.of(2014, 2, 2), "REJECT-2");
    TOPIC.publish(Envelopes.received(fixed, 0, LocalDate.of(2014, 1, 1), "REJECT-3"));
    TOPIC.publish(repeatedEvent);
    TOPIC.publish(Envelopes.received(outOfOrder, 1, LocalDate.of(2014, 3, 3), "second"));
    // Three cases, three partitions: all three must be parked before the rules change.
    await()
        .atMost(Duration.ofMinutes(1))
        .until(() -> idOf(fixed) != null && idOf(repeated) != null && idOf(outOfOrder) != null);
    Rules.REJECTING.set(false);
    TOPIC.publish(repeatedEvent);
    TOPIC.publish(Envelopes.received(outOfOrder, 0, LocalDate.of(2014, 3, 3), "first"));
    await().atMost(Duration.ofMinutes(1)).until(() -> ReadModels.received(jdbc, 2014) == 2);

    String applied = post("/api/admin/dead-letters/" + idOf(fixed) + "/replay").getBody();
    assertThat(JsonPath.<String>read(applied, "$.outcome")).isEqualTo("APPLIED");
    assertThat(JsonPath.<Boolean>read(applied, "$.removed")).isTrue();
    String duplicate = post("/api/admin/dead-letters/" + idOf(repeated) + "/replay").getBody();
    assertThat(JsonPath.<String>read(duplicate, "$.outcome")).isEqualTo("DUPLICATE");
    long stillFailing = idOf(outOfOrder);
    String parked = post("/api/admin/dead-letters/" + stillFailing + "/replay").getBody();
    assertThat(JsonPath.<String>read(parked, "$.outcome")).isEqualTo("PARKED");
    assertThat(JsonPath.<Boolean>read(parked, "$.removed")).isFalse();

    assertThat(idOf(fixed)).isNull();
    assertThat(idOf(repeated)).isNull();
    assertThat(idOf(outOfOrder)).isEqualTo(stillFailing);
    assertThat(reasonOf(outOfOrder))
        .contains("Rejected by the read model")
        .contains("duplicate key");
    assertThat(ReadModels.received(jdbc, 2014)).isEqualTo(3);
  }

  @Test
  void replayingAllSettlesEveryLetterInTopicOrder() {
    UUID fixed = UUID.randomUUID();
    TOPIC.publish(Envelopes.received(fixed, 0, LocalDate.of(2013, 1, 1), "REJECT-4"));
    await().atMost(Duration.ofMinutes(1)).until(() -> idOf(fixed) != null);
    Rules.REJECTING.set(false);

    String summary = post("/api/admin/dead-letters/replay").getBody();

    assertThat(JsonPath.<Integer>read(summary, "$.applied")).isPositive();
    assertThat(JsonPath.<Integer>read(summary, "$.replayed"))
        .isEqualTo(
            JsonPath.<Integer>read(summary, "$.applied")
                + JsonPath.<Integer>read(summary, "$.duplicates")
                + JsonPath.<Integer>read(summary, "$.stillParked"));
    assertThat(idOf(fixed)).isNull();
    assertThat(ReadModels.received(jdbc, 2013)).isEqualTo(1);
  }

  private Long idOf(UUID key) {
    return jdbc
        .queryForList("SELECT id FROM dead_letter WHERE record_key = ?", Long.class, key.toString())
        .stream()
        .findFirst()
        .orElse(null);
  }

  private String reasonOf(UUID key) {
    Long id = idOf(key);
    assertThat(id).as("parked: %s", key).isNotNull();
    Map<String, Object> shown = JsonPath.read(get("/api/admin/dead-letters/" + id).getBody(), "$");
    return (String) shown.get("reason");
  }

  private ResponseEntity<String> get(String path) {
    return http.getForEntity(path, String.class);
  }

  private ResponseEntity<String> post(String path) {
    return http.postForEntity(path, null, String.class);
  }

  private static void assertProblem(ResponseEntity<String> response, int status, String code) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.valueOf(status));
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(JsonPath.<String>read(response.getBody(), "$.code")).isEqualTo(code);
  }
}
