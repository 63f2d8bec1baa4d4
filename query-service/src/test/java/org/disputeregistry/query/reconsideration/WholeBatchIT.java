package org.disputeregistry.query.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.reconsideration.DecisionOutcome;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDecidedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTimeLimitExtendedEvent;
import org.disputeregistry.query.projection.Projector;
import org.disputeregistry.query.projection.Target;
import org.disputeregistry.query.reconsideration.ReconsiderationHistories.History;
import org.disputeregistry.query.support.Envelopes;
import org.disputeregistry.query.support.ReadModels;
import org.disputeregistry.query.support.WholeBatches;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch that holds many steps of each case leaves every read model as its events projected one
 * batch each would, and writes each case's summary row once and its reconsideration row once. Both
 * runs roll back: the shared database keeps nothing of them.
 */
@SpringBootTest(properties = "registry.kafka.topic=" + WholeBatchIT.TOPIC)
@WithRealInfrastructure
class WholeBatchIT {

  static final String TOPIC = "whole-batch-it";
  static final long SEED = 16_03L;
  static final int CASES = 40;

  @Autowired Projector projector;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void aBatchAgreesWithItsEventsOneAtATimeAndWritesEachSummaryRowOnce() {
    List<History> histories =
        ReconsiderationHistories.generate(
            SEED, CASES, LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31));
    List<ConsumerRecord<String, byte[]>> batch =
        WholeBatches.records(TOPIC, histories.stream().map(History::events).toList(), SEED);
    assertThat(batch.size()).isGreaterThan(2 * CASES);

    Map<String, List<String>> atOnce =
        WholeBatches.rolledBack(
            transactions,
            () -> {
              List<Long> summaries = WholeBatches.writes(jdbc, "case_summary");
              List<Long> cases = WholeBatches.writes(jdbc, "reconsideration_case");
              List<Long> deadlines = WholeBatches.writes(jdbc, "case_deadline");
              projector.project(batch, Target.LIVE);
              // Each case's first event is in the batch: its time limits are written once each.
              assertThat(WholeBatches.since(jdbc, deadlines, "case_deadline").get(1)).isZero();
              assertThat(WholeBatches.since(jdbc, summaries, "case_summary"))
                  .containsExactly((long) CASES, 0L);
              // An ending's time is worked out from the due date the batch gave the row.
              assertThat(WholeBatches.since(jdbc, cases, "reconsideration_case"))
                  .containsExactly((long) CASES, 0L);
              return ReadModels.dump(jdbc);
            });
    Map<String, List<String>> oneByOne =
        WholeBatches.rolledBack(
            transactions,
            () -> {
              List<Long> before = WholeBatches.writes(jdbc, "case_summary");
              batch.forEach(record -> projector.project(List.of(record), Target.LIVE));
              assertThat(WholeBatches.since(jdbc, before, "case_summary"))
                  .containsExactly((long) CASES, batch.size() - (long) CASES);
              return ReadModels.dump(jdbc);
            });

    assertThat(atOnce).isEqualTo(oneByOne);
  }

  /** The ending's time is judged by the due date of its time, not by one a later step set. */
  @Test
  void aStepAfterOneThatReadsTheRowIsNotFoldedIntoAWriteBeforeIt() {
    CaseId caseId = new CaseId(UUID.randomUUID());
    List<EventEnvelope> events =
        List.of(
            Envelopes.received(caseId.value(), 0, LocalDate.of(2009, 1, 5), "whole-batch"),
            wrap(
                1,
                new ReconsiderationAcceptedEvent(
                    caseId,
                    UUID.randomUUID(),
                    LocalDate.of(2009, 1, 6),
                    Procedure.ORDINARY,
                    false,
                    LocalDate.of(2009, 3, 1),
                    null)),
            // Late against the due date of its time: not on time.
            wrap(
                2,
                new ReconsiderationDecidedEvent(
                    caseId, UUID.randomUUID(), LocalDate.of(2009, 3, 10), DecisionOutcome.UPHELD)),
            wrap(
                3,
                new ReconsiderationTimeLimitExtendedEvent(
                    caseId,
                    UUID.randomUUID(),
                    LocalDate.of(2009, 3, 11),
                    30,
                    LocalDate.of(2009, 4, 1),
                    null,
                    null)));
    List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
    for (EventEnvelope event : events) {
      batch.add(
          new ConsumerRecord<>(TOPIC, 0, batch.size(), caseId.toString(), Envelopes.bytes(event)));
    }

    Boolean onTime =
        WholeBatches.rolledBack(
            transactions,
            () -> {
              projector.project(batch, Target.LIVE);
              return jdbc.queryForObject(
                  "SELECT closed_on_time FROM reconsideration_case WHERE case_id = ?",
                  Boolean.class,
                  caseId.value());
            });

    assertThat(onTime).isFalse();
  }

  private static EventEnvelope wrap(long sequence, CaseEvent event) {
    return EventEnvelope.wrap(UUID.randomUUID(), sequence, event, Instant.EPOCH, "test", null);
  }
}
