package org.disputeregistry.query.projection;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.StepCorrection;
import org.disputeregistry.events.UnreadableEventException;
import org.disputeregistry.query.counts.StatisticCounts;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a batch of records to every projection in one transaction, together with the partition
 * offsets and each case's progress. Two guards make the effect exactly-once: a record below its
 * partition's stored offset was projected before (a redelivered batch); an event at or below its
 * case's last sequence was applied before (the relay published it twice). A batch that begins
 * beyond a partition's stored offset is refused (the consumer must go back), so a gap in a case's
 * sequence is a real one: parked, never applied. The statistic counters follow the rows the batch
 * changed, and so do they when a correction of a step folds its case again ({@link CaseHistories}).
 * The same path serves the live read model, the shadow one of a rebuild, and the replay of a dead
 * letter.
 */
@Component
public class Projector {

  private final List<Projection> projections;
  private final Targets targets;
  private final PartitionOffsets offsets;
  private final CaseProgress progress;
  private final DeadLetters deadLetters;
  private final StatisticCounts counts;
  private final ReadModelWrites writes;
  private final CaseHistories histories;
  private final TransactionTemplate savepoint;

  Projector(
      List<Projection> projections,
      Targets targets,
      PartitionOffsets offsets,
      CaseProgress progress,
      DeadLetters deadLetters,
      StatisticCounts counts,
      ReadModelWrites writes,
      CaseHistories histories,
      PlatformTransactionManager transactions) {
    this.projections = projections;
    this.targets = targets;
    this.offsets = offsets;
    this.progress = progress;
    this.deadLetters = deadLetters;
    this.counts = counts;
    this.writes = writes;
    this.histories = histories;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Projects a batch read by a consumer that positioned itself from the stored offsets. */
  @Transactional
  public void project(List<ConsumerRecord<String, byte[]>> records, Target target) {
    project(records, target, OffsetGaps.ACCEPTED);
  }

  /**
   * Projects a batch, unless on some partition it begins beyond the stored offset where {@code
   * gaps} does not know the records in between to be absent from the topic: then nothing is
   * applied, and a {@link ConsumerAheadException} says where the read model stands.
   */
  @Transactional
  public void project(
      List<ConsumerRecord<String, byte[]>> records, Target target, OffsetGaps gaps) {
    project(records, target, gaps, true);
  }

  /**
   * Projects a batch into the shadow without keeping the statistic counters: a rebuild's first
   * catch-up, whose counters are recounted from the loaded rows at once afterwards ({@link
   * StatisticCounts#count}); nobody reads the shadow's counters before.
   */
  @Transactional
  public void projectUncounted(List<ConsumerRecord<String, byte[]>> records) {
    project(records, Target.SHADOW, OffsetGaps.ACCEPTED, false);
  }

  private void project(
      List<ConsumerRecord<String, byte[]>> records,
      Target target,
      OffsetGaps gaps,
      boolean counting) {
    targets.enter(target);
    Map<TopicPartition, Long> stored = offsets.lock(partitionsOf(records));
    Map<TopicPartition, Long> next = new HashMap<>(stored);
    boolean ahead = false;
    List<Decoded> fresh = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      TopicPartition partition = new TopicPartition(record.topic(), record.partition());
      long expected = next.get(partition);
      if (record.offset() < expected) {
        continue;
      }
      if (record.offset() > expected
          && expected == stored.get(partition)
          && !gaps.absentFromTopic(partition, expected)) {
        ahead = true;
      }
      fresh.add(decode(record));
      next.put(partition, record.offset() + 1);
    }
    if (ahead) {
      // Applying would skip what lies between: the events of those cases would then be parked as
      // out of order, and the skipped ones never counted.
      throw new ConsumerAheadException(stored);
    }
    Set<UUID> cases = new LinkedHashSet<>();
    fresh.stream().filter(d -> d.envelope != null).forEach(d -> cases.add(d.caseId()));
    // The counters compare the cases' rows before and after: no other writer (a dead-letter
    // replay) may change them in between, so the cases are locked first, as every writer does.
    // A case with no progress stored has had no event applied, so it has no rows to read before.
    CaseProgress.Batch known = progress.lock(cases);
    StatisticCounts.Change counted =
        counting ? counts.change(byType(fresh), known::projectedBefore) : null;
    if (!applyAtOnce(fresh, known)) {
      applyOneByOne(fresh, known.asRead());
    }
    if (counted != null) {
      counted.commit();
    }
    offsets.store(next);
  }

  private static Set<TopicPartition> partitionsOf(List<ConsumerRecord<String, byte[]>> records) {
    Set<TopicPartition> partitions = new HashSet<>();
    records.forEach(r -> partitions.add(new TopicPartition(r.topic(), r.partition())));
    return partitions;
  }

  /**
   * The common case, a batch that breaks no rule, costs one savepoint and sends the read models'
   * statements in JDBC batches at its end: a rule broken anywhere (in a handler or found by those
   * batches) rolls the whole batch back to it, and {@link #applyOneByOne} takes the batch again
   * event by event.
   */
  private boolean applyAtOnce(List<Decoded> batch, CaseProgress.Batch known) {
    try {
      savepoint.executeWithoutResult(
          status -> {
            for (Decoded decoded : batch) {
              Outcome outcome = locate(decoded, known);
              if (outcome == Outcome.APPLIED) {
                project(decoded);
                known.advance(decoded.envelope);
              } else if (outcome.kind() == Outcome.Kind.PARKED) {
                deadLetters.park(decoded.record, outcome.reason());
              }
            }
            writes.flush();
            known.flush();
          });
      return true;
    } catch (DataAccessException | TransactionException e) {
      if (e instanceof DataIntegrityViolationException) {
        return false;
      }
      throw e;
    } catch (RuntimeException ruleBroken) {
      return false;
    } finally {
      writes.discard();
    }
  }

  private void applyOneByOne(List<Decoded> batch, CaseProgress.Batch known) {
    for (Decoded decoded : batch) {
      Outcome outcome = process(decoded, known);
      if (outcome.kind() == Outcome.Kind.PARKED) {
        deadLetters.park(decoded.record, outcome.reason());
      }
    }
    known.flush();
  }

  /**
   * Applies one event to every projection and keeps it in its case's history; a correction of a
   * step first makes every projection fold the case again from its events in effect.
   */
  private void project(Decoded decoded) {
    EventEnvelope envelope = decoded.envelope;
    CaseEvent event = decoded.event;
    histories.keep(envelope, decoded.record.value());
    if (event instanceof StepCorrection) {
      List<CaseHistories.Published> inEffect = histories.inEffect(envelope);
      projections.forEach(p -> p.forget(envelope.caseId()));
      inEffect.forEach(e -> projections.forEach(p -> p.apply(e.envelope(), e.event())));
    }
    projections.forEach(p -> p.apply(envelope, event));
  }

  /** Runs a parked record through the same checks again, on the live read model. */
  @Transactional
  public Outcome replay(ConsumerRecord<String, byte[]> record) {
    targets.enter(Target.LIVE);
    Decoded decoded = decode(record);
    CaseProgress.Batch known =
        progress.lock(decoded.envelope == null ? List.of() : List.of(decoded.caseId()));
    StatisticCounts.Change counted = counts.change(byType(List.of(decoded)));
    Outcome outcome = process(decoded, known);
    known.flush();
    counted.commit();
    return outcome;
  }

  /** The readable records' cases, under their case type. */
  private static Map<CaseType, Set<UUID>> byType(List<Decoded> batch) {
    Map<CaseType, Set<UUID>> cases = new EnumMap<>(CaseType.class);
    batch.stream()
        .filter(d -> d.envelope != null)
        .forEach(
            d ->
                cases.computeIfAbsent(d.envelope.caseType(), t -> new HashSet<>()).add(d.caseId()));
    return cases;
  }

  /** A record and what it says, or why it cannot be read. */
  private record Decoded(
      ConsumerRecord<String, byte[]> record,
      EventEnvelope envelope,
      CaseEvent event,
      String unreadable) {

    UUID caseId() {
      return envelope.caseId().value();
    }
  }

  private static Decoded decode(ConsumerRecord<String, byte[]> record) {
    try {
      EnvelopeJson.Read read = EnvelopeJson.decode(record.value());
      return new Decoded(record, read.envelope(), read.event(), null);
    } catch (IOException | UnreadableEventException | IllegalArgumentException e) {
      return new Decoded(record, null, null, "Unreadable: " + e.getMessage());
    }
  }

  /** {@link Outcome#APPLIED} stands for "the next of its case: apply it". */
  private static Outcome locate(Decoded decoded, CaseProgress.Batch known) {
    if (decoded.envelope == null) {
      return Outcome.parked(decoded.unreadable);
    }
    EventEnvelope envelope = decoded.envelope;
    return switch (known.locate(envelope)) {
      case DUPLICATE -> Outcome.DUPLICATE;
      case GAP ->
          Outcome.parked(
              "Out of order: case "
                  + envelope.caseId()
                  + " is at sequence "
                  + known.lastSequence(envelope)
                  + ", this event has "
                  + envelope.sequence());
      case NEXT -> Outcome.APPLIED;
    };
  }

  private Outcome process(Decoded decoded, CaseProgress.Batch known) {
    Outcome outcome = locate(decoded, known);
    return outcome == Outcome.APPLIED ? apply(decoded, known) : outcome;
  }

  /**
   * A rule broken by one event rolls back to its savepoint only, and the batch goes on. A failing
   * database is no rule: that propagates, and the whole batch is retried.
   */
  private Outcome apply(Decoded decoded, CaseProgress.Batch known) {
    try {
      savepoint.executeWithoutResult(
          status -> {
            project(decoded);
            writes.flush();
            known.advance(decoded.envelope);
          });
      return Outcome.APPLIED;
    } catch (DataIntegrityViolationException e) {
      return Outcome.parked("Rejected by the read model: " + e.getMostSpecificCause().getMessage());
    } catch (DataAccessException | TransactionException e) {
      throw e;
    } catch (RuntimeException e) {
      return Outcome.parked("Rejected by the read model: " + e.getMessage());
    } finally {
      writes.discard();
    }
  }
}
