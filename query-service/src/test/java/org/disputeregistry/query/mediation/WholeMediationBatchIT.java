package org.disputeregistry.query.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disputeregistry.query.mediation.CommercialMediationHistories.History;
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
 * A batch of many steps of each commercial mediation leaves every read model as its events
 * projected one batch each would, and writes each case's row once (its insert).
 */
@SpringBootTest(properties = "registry.kafka.topic=" + WholeMediationBatchIT.TOPIC)
@WithRealInfrastructure
class WholeMediationBatchIT {

  static final String TOPIC = "whole-mediation-batch-it";
  static final long SEED = 16_33L;
  static final int CASES = 40;

  @Autowired Projector projector;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void aBatchAgreesWithItsEventsOneAtATimeAndWritesEachRowOnce() {
    List<History> histories =
        CommercialMediationHistories.generate(
            SEED, CASES, LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31));
    List<ConsumerRecord<String, byte[]>> batch =
        WholeBatches.records(TOPIC, histories.stream().map(History::events).toList(), SEED);
    assertThat(batch.size()).isGreaterThan(2 * CASES);

    Map<String, List<String>> atOnce =
        WholeBatches.rolledBack(
            transactions,
            () -> {
              List<Long> before = WholeBatches.writes(jdbc, "commercial_mediation_case");
              projector.project(batch, Target.LIVE);
              assertThat(WholeBatches.since(jdbc, before, "commercial_mediation_case"))
                  .containsExactly((long) CASES, 0L);
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
  }
}
