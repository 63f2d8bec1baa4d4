package org.disputeregistry.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.disputeregistry.query.support.History;
import org.disputeregistry.query.support.ReadModels;
import org.disputeregistry.query.support.Readers;
import org.disputeregistry.query.support.TestTopic;
import org.disputeregistry.testsupport.TestInfrastructure;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One rebuild at a time, across every instance on the database: a second request, here or on
 * another instance, is a {@code 409 REBUILD_RUNNING} naming the running one, and starts nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneRebuildAtATimeIT {

  static final TestTopic TOPIC = TestTopic.create("one-rebuild");

  /** The key Rebuild takes its session lock on. */
  private static final long REBUILD_LOCK = 7_020_503_002L;

  @DynamicPropertySource
  static void topic(DynamicPropertyRegistry registry) {
    registry.add("registry.kafka.topic", TOPIC::name);
    registry.add(
        "spring.kafka.consumer.group-id", () -> TestInfrastructure.get().uniqueName("one-rebuild"));
  }

  TestRestTemplate http;

  @Autowired
  void callAsAReader(TestRestTemplate anonymous) {
    http = Readers.of(anonymous);
  }

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @BeforeAll
  void someCases() {
    History.publish(TOPIC, 21, 30);
    await()
        .atMost(Duration.ofMinutes(1))
        .until(() -> ReadModels.caughtUp(jdbc, TOPIC.name(), TOPIC.ends()));
  }

  @AfterAll
  void closeTopic() {
    TOPIC.close();
  }

  @Test
  void twoConcurrentRequestsStartOneRebuildAndTheOtherIsA409() throws Exception {
    try (Connection blocker = dataSource.getConnection()) {
      // The rebuild copies the live tables' definitions: it waits in PREPARING while this is held.
      blocker.setAutoCommit(false);
      try (Statement statement = blocker.createStatement()) {
        statement.execute("LOCK TABLE reconsideration_case IN ACCESS EXCLUSIVE MODE");
      }
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<ResponseEntity<String>>> requests = List.of(post(go), post(go));
      go.countDown();
      List<ResponseEntity<String>> answers =
          requests.stream().map(CompletableFuture::join).toList();

      assertThat(answers.stream().map(a -> a.getStatusCode().value()))
          .containsExactlyInAnyOrder(202, 409);
      ResponseEntity<String> refused =
          answers.stream().filter(a -> a.getStatusCode().value() == 409).findFirst().orElseThrow();
      assertThat(JsonPath.<String>read(refused.getBody(), "$.code")).isEqualTo("REBUILD_RUNNING");
      assertThat(JsonPath.<String>read(refused.getBody(), "$.detail")).contains("started");
      blocker.rollback();
    }
    awaitFinished();
    assertThat(phase()).isEqualTo("DONE");
  }

  @Test
  void aRebuildRunningOnAnotherInstanceIsA409NamingIt() throws Exception {
    awaitFinished();
    String elsewhere = "query-service rebuild 4242@other-host, started 2026-12-05T00:00:00Z";
    try (Connection other = dataSource.getConnection();
        Statement statement = other.createStatement()) {
      statement.execute("SET application_name = '" + elsewhere + "'");
      statement.execute("SELECT pg_advisory_lock(" + REBUILD_LOCK + ")");
      try {
        ResponseEntity<String> refused =
            http.postForEntity("/api/admin/rebuild", null, String.class);

        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(409);
        assertThat(JsonPath.<String>read(refused.getBody(), "$.code")).isEqualTo("REBUILD_RUNNING");
        assertThat(JsonPath.<String>read(refused.getBody(), "$.detail"))
            .contains("another instance")
            .contains("4242@other-host");
      } finally {
        statement.execute("SELECT pg_advisory_unlock(" + REBUILD_LOCK + ")");
        statement.execute("RESET application_name");
      }
    }
    assertThat(http.postForEntity("/api/admin/rebuild", null, String.class).getStatusCode().value())
        .as("free again once the other instance's lock is gone")
        .isEqualTo(202);
    awaitFinished();
    assertThat(phase()).isEqualTo("DONE");
  }

  private CompletableFuture<ResponseEntity<String>> post(CountDownLatch go) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            go.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return http.postForEntity("/api/admin/rebuild", null, String.class);
        });
  }

  private void awaitFinished() {
    await()
        .atMost(Duration.ofMinutes(2))
        .until(() -> !phase().matches("PREPARING|CATCHING_UP|SWITCHING"));
  }

  private String phase() {
    return JsonPath.read(http.getForObject("/api/admin/rebuild", String.class), "$.phase");
  }
}
