package org.disputeregistry.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.query.counts.StatisticCounts;
import org.disputeregistry.query.support.Envelopes;
import org.disputeregistry.query.support.History;
import org.disputeregistry.query.support.ReadModels;
import org.disputeregistry.query.support.TestTopic;
import org.disputeregistry.testsupport.TestInfrastructure;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Whatever is delivered again changes nothing, by either of the projector's two guards. */
@SpringBootTest
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExactlyOnceIT {

  static final TestTopic TOPIC = TestTopic.create("exactly-once");
  static final String GROUP = TestInfrastructure.get().uniqueName("exactly-once");

  @DynamicPropertySource
  static void topic(DynamicPropertyRegistry registry) {
    registry.add("registry.kafka.topic", TOPIC::name);
    registry.add("spring.kafka.consumer.group-id", () -> GROUP);
  }

  @Autowired Projector projector;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaListenerEndpointRegistry listeners;
  @Autowired StatisticCounts counts;
  @Autowired TransactionTemplate transactions;

  @AfterAll
  void closeTopic() {
    TOPIC.close();
  }

  @Test
  void aRedeliveredBatchChangesNothingThoughAnEarlierGapHasBeenFilledMeanwhile() {
    UUID caseId = UUID.randomUUID();
    EventEnvelope accepted =
        EventEnvelope.wrap(
            UUID.randomUUID(),
            1,
            new ReconsiderationAcceptedEvent(
                new CaseId(caseId),
                UUID.randomUUID(),
                LocalDate.of(2017, 2, 1),
                Procedure.ORDINARY,
                false,
                LocalDate.of(2017, 4, 2),
                null),
            Instant.EPOCH,
            "test",
            null);
    // The acceptance overtook its application: parked, then the application applies.
    List<ConsumerRecord<String, byte[]>> batch =
        List.of(
            record("gap-filled", 0, caseId, Envelopes.bytes(accepted)),
            record(
                "gap-filled",
                1,
                caseId,
                Envelopes.bytes(Envelopes.received(caseId, LocalDate.of(2017, 1, 5)))));
    projector.project(batch, Target.LIVE);
    Map<String, List<String>> once = ReadModels.dump(jdbc);

    projector.project(batch, Target.LIVE);

    // Read again, the acceptance would now be next of its case: only its offset says it was seen.
    assertThat(ReadModels.dump(jdbc)).isEqualTo(once);
    assertThat(
            jdbc.queryForObject(
                "SELECT accepted_on FROM reconsideration_case WHERE case_id = ?",
                LocalDate.class,
                caseId))
        .isNull();
    forget("gap-filled", List.of(caseId));
  }

  @Test
  void repeatsAreSkippedByTheirCaseSequenceWhenTheOffsetsAreLost() {
    List<UUID> cases = new ArrayList<>();
    List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      UUID caseId = UUID.randomUUID();
      cases.add(caseId);
      byte[] value = Envelopes.bytes(Envelopes.received(caseId, LocalDate.of(2017, 1, 1 + i)));
      batch.add(record("synthetic", i, caseId, value));
    }
    projector.project(batch, Target.LIVE);
    Map<String, List<String>> once = ReadModels.dump(jdbc);

    jdbc.update("DELETE FROM projection_offset WHERE topic = 'synthetic'");
    projector.project(batch, Target.LIVE);

    assertThat(ReadModels.dump(jdbc)).isEqualTo(once);
    assertThat(ReadModels.received(jdbc, 2017)).isEqualTo(20);
    forget("synthetic", cases);
  }

  private static ConsumerRecord<String, byte[]> record(
      String topic, long offset, UUID caseId, byte[] value) {
    return new ConsumerRecord<>(topic, 0, offset, caseId.toString(), value);
  }

  /**
   * Not from the topic: a wiped database could not get it back (see the test below). The counters
   * forget the cases too, as they would follow any change of the case rows.
   */
  private void forget(String topic, List<UUID> cases) {
    transactions.executeWithoutResult(
        status -> {
          StatisticCounts.Change counted = counts.change(Map.of(CaseType.RECONSIDERATION, cases));
          for (UUID caseId : cases) {
            jdbc.update("DELETE FROM reconsideration_case WHERE case_id = ?", caseId);
            jdbc.update("DELETE FROM case_summary WHERE case_id = ?", caseId);
            jdbc.update("DELETE FROM case_progress WHERE case_id = ?", caseId);
            jdbc.update("DELETE FROM case_event WHERE case_id = ?", caseId);
          }
          counted.commit();
          jdbc.update("DELETE FROM dead_letter WHERE topic = ?", topic);
          jdbc.update("DELETE FROM projection_offset WHERE topic = ?", topic);
        });
  }

  @Test
  void theWholeTopicDeliveredAgainAfterARestartChangesNothing() throws Exception {
    History.publish(TOPIC, 7, 150);
    await().atMost(Duration.ofMinutes(1)).until(this::caughtUp);
    Map<String, List<String>> before = ReadModels.dump(jdbc);

    // As if the offsets were lost on both sides: the group's and the database's.
    listeners.stop();
    jdbc.update("DELETE FROM projection_offset WHERE topic = ?", TOPIC.name());
    rewindGroup();
    listeners.start();

    await().atMost(Duration.ofMinutes(1)).until(this::caughtUp);
    assertThat(ReadModels.dump(jdbc)).isEqualTo(before);
  }

  @Test
  void aWipedDatabaseIsProjectedAgainFromTheStartThoughTheGroupHasMovedOn() {
    History.publish(TOPIC, 8, 50);
    await().atMost(Duration.ofMinutes(1)).until(this::caughtUp);
    Map<String, List<String>> before = ReadModels.dump(jdbc);

    listeners.stop();
    before.keySet().forEach(table -> jdbc.execute("TRUNCATE " + table));
    listeners.start();

    await().atMost(Duration.ofMinutes(1)).until(this::caughtUp);
    assertThat(ReadModels.dump(jdbc)).isEqualTo(before);
  }

  @Test
  void aDatabaseThatLostWhatTheRunningConsumerHadProjectedIsGivenItAllAgain() {
    History.publish(TOPIC, 9, 60);
    await().atMost(Duration.ofMinutes(1)).until(this::caughtUp);

    // The database goes back in time (restored from a backup, or restarted having lost commits)
    // while the consumer keeps its position: it must go back to the offsets the database has.
    String tables = String.join(", ", ReadModels.dump(jdbc).keySet());
    jdbc.execute("TRUNCATE " + tables);
    History.publish(TOPIC, 10, 20);
    await().atMost(Duration.ofMinutes(1)).until(this::caughtUp);
    Map<String, List<String>> recovered = ReadModels.dump(jdbc);

    // What a consumer that starts from the (empty) stored offsets projects.
    listeners.stop();
    jdbc.execute("TRUNCATE " + tables);
    listeners.start();
    await().atMost(Duration.ofMinutes(1)).until(this::caughtUp);
    // Dead letters included: no later event of a case parked as out of order.
    assertThat(recovered).isEqualTo(ReadModels.dump(jdbc));
  }

  private boolean caughtUp() {
    return ReadModels.caughtUp(jdbc, TOPIC.name(), TOPIC.ends());
  }

  private void rewindGroup() throws Exception {
    try (Admin admin =
        Admin.create(
            Map.of("bootstrap.servers", TestInfrastructure.get().kafkaBootstrapServers()))) {
      await()
          .atMost(Duration.ofMinutes(1))
          .until(
              () ->
                  admin
                      .describeConsumerGroups(List.of(GROUP))
                      .all()
                      .get()
                      .get(GROUP)
                      .members()
                      .isEmpty());
      Map<TopicPartition, OffsetAndMetadata> start =
          TOPIC.ends().keySet().stream()
              .collect(
                  Collectors.toMap(
                      p -> new TopicPartition(TOPIC.name(), p), p -> new OffsetAndMetadata(0)));
      admin.alterConsumerGroupOffsets(GROUP, start).all().get();
    }
  }
}
