package org.disputeregistry.query.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disputeregistry.query.petition.PetitionHistories.History;
import org.disputeregistry.query.projection.Projector;
import org.disputeregistry.query.projection.Target;
import org.disputeregistry.query.support.ReadModels;
import org.disputeregistry.query.support.WholeBatches;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch of many steps of each petition leaves every read model as its events projected one batch
 * each would, and as two batches that split the cases' steps would, and writes each petition's row
 * once (its insert), and each of its time limits once: acceptance and reply on time are worked out
 * from the due dates the batch gave the row, or by PostgreSQL from the stored row. Every run rolls
 * back.
 */
@SpringBootTest(properties = "registry.kafka.topic=" + WholePetitionBatchIT.TOPIC)
@WithRealInfrastructure
class WholePetitionBatchIT {

  static final String TOPIC = "whole-petition-batch-it";
  static final long SEED = 16_53L;
  static final int CASES = 60;

  @Autowired Projector projector;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void aBatchAgreesWithItsEventsOneAtATimeAndWritesEachRowOnce() {
    List<History> histories =
        PetitionHistories.generate(
            SEED, CASES, LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31));
    List<ConsumerRecord<String, byte[]>> batch =
        WholeBatches.records(TOPIC, histories.stream().map(History::events).toList(), SEED);
    assertThat(batch.size()).isGreaterThan(3 * CASES);

    Map<String, List<String>> atOnce =
        WholeBatches.rolledBack(
            transactions,
            () -> {
              List<Long> before = WholeBatches.writes(jdbc, "petition_case");
              List<Long> deadlines = WholeBatches.writes(jdbc, "case_deadline");
              projector.project(batch, Target.LIVE);
              assertThat(WholeBatches.since(jdbc, before, "petition_case"))
                  .containsExactly((long) CASES, 0L);
              // Each petition's first event is in the batch: its limits are written once each.
              assertThat(WholeBatches.since(jdbc, deadlines, "case_deadline").get(1)).isZero();
              return ReadModels.dump(jdbc);
            });
    Map<String, List<String>> inTwo =
        WholeBatches.rolledBack(
            transactions,
            () -> {
              int half = batch.size() / 2;
              projector.project(batch.subList(0, half), Target.LIVE);
              projector.project(batch.subList(half, batch.size()), Target.LIVE);
              return ReadModels.dump(jdbc);
            });
    Map<String, List<String>> oneByOne =
        WholeBatches.rolledBack(
            transactions,
            () -> {
              batch.forEach(record -> projector.project(List.of(record), Target.LIVE));
              return ReadModels.dump(jdbc);
            });

    assertThat(atOnce).isEqualTo(oneByOne);
    assertThat(inTwo).isEqualTo(oneByOne);
  }
}
