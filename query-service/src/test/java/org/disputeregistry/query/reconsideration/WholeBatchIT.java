package org.disputeregistry.query.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.reconsideration.DecisionOutcome;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationDismissedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDecidedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationMediationAgreementEffectiveEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTerminatedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTimeLimitExtendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationWithdrawnEvent;
import org.disputeregistry.query.projection.Projector;
import org.disputeregistry.query.projection.Target;
import org.disputeregistry.query.reconsideration.ReconsiderationHistories.History;
import org.disputeregistry.query.support.CaseStreams;
import org.disputeregistry.query.support.Envelopes;
import org.disputeregistry.query.support.ReadModels;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch that holds many steps of each case leaves every read model as its events projected one
 * batch each would, and writes each case's summary row once and its reconsideration row once before
 * its ending. Both runs roll back: the shared database keeps nothing of them.
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
    List<ConsumerRecord<String, byte[]>> batch = records(histories);
    assertThat(batch.size()).isGreaterThan(2 * CASES);

    Map<String, List<String>> atOnce =
        rolledBack(
            () -> {
              List<Long> summaries = writes("case_summary");
              List<Long> cases = writes("reconsideration_case");
              projector.project(batch, Target.LIVE);
              assertThat(since(summaries, "case_summary")).containsExactly((long) CASES, 0L);
              // An ending reads the row's due date: an update of its own.
              assertThat(since(cases, "reconsideration_case"))
                  .containsExactly((long) CASES, endings(histories));
              return ReadModels.dump(jdbc);
            });
    Map<String, List<String>> oneByOne =
        rolledBack(
            () -> {
              List<Long> before = writes("case_summary");
              batch.forEach(record -> projector.project(List.of(record), Target.LIVE));
              assertThat(since(before, "case_summary"))
                  .containsExactly((long) CASES, batch.size() - (long) CASES);
              return ReadModels.dump(jdbc);
            });

    assertThat(atOnce).isEqualTo(oneByOne);
  }

  private static List<ConsumerRecord<String, byte[]>> records(List<History> histories) {
    List<ProducerRecord<String, byte[]>> published =
        CaseStreams.interleaved(
            TOPIC, histories.stream().map(History::events).toList(), new Random(SEED));
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    for (ProducerRecord<String, byte[]> record : published) {
      records.add(new ConsumerRecord<>(TOPIC, 0, records.size(), record.key(), record.value()));
    }
    return records;
  }

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
        rolledBack(
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

  private static long endings(List<History> histories) {
    return histories.stream()
        .flatMap(h -> h.events().stream())
        .filter(
            e ->
                e instanceof ReconsiderationMediationAgreementEffectiveEvent
                    || e instanceof ReconsiderationWithdrawnEvent
                    || e instanceof ReconsiderationTerminatedEvent
                    || e instanceof ReconsiderationDecidedEvent
                    || e instanceof ReconsiderationApplicationDismissedEvent)
        .count();
  }

  private List<Long> since(List<Long> before, String table) {
    List<Long> now = writes(table);
    return List.of(now.get(0) - before.get(0), now.get(1) - before.get(1));
  }

  /**
   * Rows of the table inserted and updated by this session's transactions whose counts the server
   * has not yet reported (the current one's among them): compare before and after.
   */
  private List<Long> writes(String table) {
    return jdbc.queryForObject(
        "SELECT n_tup_ins, n_tup_upd FROM pg_stat_xact_user_tables"
            + " WHERE relname = ? AND schemaname = current_schema()",
        (row, n) -> List.of(row.getLong(1), row.getLong(2)),
        table);
  }

  private <T> T rolledBack(Supplier<T> work) {
    return transactions.execute(
        status -> {
          T result = work.get();
          status.setRollbackOnly();
          return result;
        });
  }
}
