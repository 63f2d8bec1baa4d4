package org.disputeregistry.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.disputeregistry.query.support.History;
import org.disputeregistry.query.support.ReadModels;
import org.disputeregistry.query.support.Readers;
import org.disputeregistry.query.support.Rebuilds;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Once loaded, the shadow tables get their other indexes on several database sessions at once; the
 * progress says the rebuild is indexing meanwhile (in the catch-up phase that clients know as
 * running); and a failed index build fails the rebuild with the live read model untouched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildIndexingIT {

  static final TestTopic TOPIC = TestTopic.create("rebuild-indexing");

  /** The shadow table with the most indexes besides its key: an index build waits on it here. */
  private static final String HELD = "rebuild.case_summary";

  @DynamicPropertySource
  static void topic(DynamicPropertyRegistry registry) {
    registry.add("registry.kafka.topic", TOPIC::name);
    registry.add(
        "spring.kafka.consumer.group-id",
        () -> TestInfrastructure.get().uniqueName("rebuild-indexing"));
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
    History.publish(TOPIC, 41, 200);
    await()
        .atMost(Duration.ofMinutes(1))
        .until(() -> ReadModels.caughtUp(jdbc, TOPIC.name(), TOPIC.ends()));
  }

  @AfterAll
  void closeTopic() {
    TOPIC.close();
  }

  @Test
  void theIndexesAreBuiltTwoAtATimeTheProgressSaysIndexingAndAFailedBuildLeavesTheLiveModel()
      throws Exception {
    Map<String, List<String>> live = ReadModels.dump(jdbc);
    try (Connection holder = dataSource.getConnection();
        Statement statement = holder.createStatement()) {
      holder.setAutoCommit(false);
      assertThat(
              http.postForEntity("/api/admin/rebuild", null, String.class).getStatusCode().value())
          .isEqualTo(202);
      // Held in a mode that lets the load write the table but holds its index builds up.
      await()
          .atMost(Duration.ofMinutes(1))
          .pollInterval(Duration.ofMillis(2))
          .until(
              () -> jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, HELD));
      statement.execute("LOCK TABLE " + HELD + " IN ROW EXCLUSIVE MODE");

      await("two index builds waiting at once, one per session")
          .atMost(Duration.ofMinutes(1))
          .until(() -> waitingIndexBuilds() == 2);
      String indexing = progress();
      assertThat(JsonPath.<String>read(indexing, "$.phase")).isEqualTo("CATCHING_UP");
      assertThat(JsonPath.<String>read(indexing, "$.step")).isEqualTo("INDEXING");
      assertThat(JsonPath.<String>read(indexing, "$.stepStartedAt")).isNotNull();

      // As if the database failed them.
      jdbc.queryForList(
          "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE query LIKE ?",
          Boolean.class,
          "CREATE INDEX % ON " + HELD + " %");
      holder.rollback();
    }
    await().atMost(Duration.ofMinutes(1)).until(() -> !phase().equals("CATCHING_UP"));
    String failed = progress();
    assertThat(JsonPath.<String>read(failed, "$.phase")).isEqualTo("FAILED");
    assertThat(JsonPath.<String>read(failed, "$.step")).isEqualTo("INDEXING");
    assertThat(JsonPath.<String>read(failed, "$.failure")).contains("canceling statement");
    assertThat(ReadModels.dump(jdbc)).isEqualTo(live);
    assertThat(waitingIndexBuilds()).as("nothing of the failed run goes on").isZero();

    Rebuilds.rebuildAndWait(http);
    assertThat(ReadModels.dump(jdbc)).isEqualTo(live);
    assertThat(JsonPath.<String>read(progress(), "$.step")).isNull();
  }

  private int waitingIndexBuilds() {
    return jdbc.queryForObject(
        "SELECT count(*) FROM pg_stat_activity WHERE query LIKE ? AND wait_event_type = 'Lock'",
        Integer.class,
        "CREATE INDEX % ON " + HELD + " %");
  }

  private String progress() {
    return http.getForObject("/api/admin/rebuild", String.class);
  }

  private String phase() {
    return JsonPath.read(progress(), "$.phase");
  }
}
