package org.disputeregistry.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.disputeregistry.query.reconsideration.ReconsiderationStatistics;
import org.disputeregistry.query.support.Envelopes;
import org.disputeregistry.query.support.History;
import org.disputeregistry.query.support.QueryServiceInstance;
import org.disputeregistry.query.support.ReadModels;
import org.disputeregistry.query.support.Readers;
import org.disputeregistry.query.support.TestTopic;
import org.disputeregistry.testsupport.TestInfrastructure;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildIT {

  static final TestTopic TOPIC = TestTopic.create("rebuild");

  @DynamicPropertySource
  static void topic(DynamicPropertyRegistry registry) {
    registry.add("registry.kafka.topic", TOPIC::name);
    registry.add(
        "spring.kafka.consumer.group-id", () -> TestInfrastructure.get().uniqueName("rebuild"));
  }

  TestRestTemplate http;

  @Autowired
  void callAsAReader(TestRestTemplate anonymous) {
    http = Readers.of(anonymous);
  }

  @Autowired JdbcTemplate jdbc;

  @Autowired ReconsiderationStatistics statistics;

  @AfterAll
  void closeTopic() {
    TOPIC.close();
  }

  @Test
  void theRebuiltReadModelsReplaceTheLiveOnesAndEqualAnUninterruptedRunRowByRow() {
    History.publish(TOPIC, 11, 300);
    await().atMost(Duration.ofMinutes(1)).until(this::caughtUp);
    // Damage the live read model: only a rebuild from the topic can repair it.
    jdbc.update(
        "UPDATE reconsideration_case SET street = 'DAMAGED' WHERE case_id = ?",
        Envelopes.REVISION_ZERO_CASE);
    jdbc.update(
        "DELETE FROM reconsideration_case WHERE case_id IN"
            + " (SELECT case_id FROM reconsideration_case ORDER BY case_id LIMIT 5)");
    statistics.year(2020); // an answer kept from the live counters

    assertThat(http.postForEntity("/api/admin/rebuild", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    History.publish(TOPIC, 12, 100);
    assertThat(
            http.getForEntity("/api/statistics/reconsiderations?year=2020", String.class)
                .getStatusCode())
        .as("the live read model keeps serving")
        .isEqualTo(HttpStatus.OK);
    await()
        .atMost(Duration.ofMinutes(2))
        .until(() -> !phase().matches("PREPARING|CATCHING_UP|SWITCHING"));
    assertThat(phase()).as(progress().getBody()).isEqualTo("DONE");
    // Parked after the switch: the dead letters' id sequence survived it.
    TOPIC.publishRaw("after-the-switch", "{ not json".getBytes());
    await().atMost(Duration.ofMinutes(1)).until(this::caughtUp);

    try (QueryServiceInstance uninterrupted =
        QueryServiceInstance.start(
            TestInfrastructure.get().newDatabase("uninterrupted"),
            TOPIC.name(),
            TestInfrastructure.get().uniqueName("uninterrupted"))) {
      await()
          .atMost(Duration.ofMinutes(1))
          .until(() -> ReadModels.caughtUp(uninterrupted.jdbc(), TOPIC.name(), TOPIC.ends()));
      Map<String, List<String>> rebuilt = ReadModels.dump(jdbc);
      assertThat(rebuilt).isEqualTo(ReadModels.dump(uninterrupted.jdbc()));
      // The shadow tables were loaded without their other indexes: they have them all now.
      assertThat(indexes(jdbc)).isEqualTo(indexes(uninterrupted.jdbc()));
      // And their triggers: the counters' version still moves when they change.
      assertThat(triggers(jdbc)).isNotEmpty().isEqualTo(triggers(uninterrupted.jdbc()));
      assertThat(rebuilt.get("dead_letter")).isNotEmpty();
      // The rebuild's counters (recounted from its loaded rows, then kept by its batches) answer
      // in place of the kept ones.
      assertThat(statistics.year(2020))
          .usingRecursiveComparison()
          .isEqualTo(uninterrupted.bean(ReconsiderationStatistics.class).year(2020));
    }
    // The stored revision 0 event, upcast on the rebuild path as on the live one.
    assertThat(
            jdbc.queryForMap(
                "SELECT street, community, respondent_agency FROM reconsideration_case"
                    + " WHERE case_id = ?",
                Envelopes.REVISION_ZERO_CASE))
        .containsEntry("street", "GONGMING")
        .containsEntry("community", "XITIAN")
        .containsEntry("respondent_agency", "光明区市场监督管理局");
    String finished = progress().getBody();
    assertThat(JsonPath.<Integer>read(finished, "$.eventsBehind")).isZero();
    assertThat(JsonPath.<List<?>>read(finished, "$.partitions")).hasSize(TestTopic.PARTITIONS);
    assertThat(JsonPath.<Integer>read(finished, "$.eventsRead")).isGreaterThan(300);
  }

  private static List<Map<String, Object>> indexes(JdbcTemplate database) {
    return database.queryForList(
        "SELECT tablename, indexname, indexdef FROM pg_indexes"
            + " WHERE schemaname = current_schema() ORDER BY tablename, indexname");
  }

  private static List<Map<String, Object>> triggers(JdbcTemplate database) {
    return database.queryForList(
        "SELECT event_object_table, trigger_name, event_manipulation, action_timing,"
            + " action_statement FROM information_schema.triggers"
            + " WHERE trigger_schema = current_schema() ORDER BY 1, 2, 3");
  }

  private boolean caughtUp() {
    return ReadModels.caughtUp(jdbc, TOPIC.name(), TOPIC.ends());
  }

  private ResponseEntity<String> progress() {
    return http.getForEntity("/api/admin/rebuild", String.class);
  }

  private String phase() {
    return JsonPath.read(progress().getBody(), "$.phase");
  }
}
