package org.disputeregistry.query.projection;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.EventCatalog;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.RegistryJson;
import org.disputeregistry.events.UnreadableEventException;
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
 * case's last sequence was applied before (the relay published it twice). A gap in a case's
 * sequence is parked, never applied. The same path serves the live read model, the shadow one of a
 * rebuild, and the replay of a dead letter.
 */
@Component
public class Projector {

  private final List<Projection> projections;
  private final Targets targets;
  private final PartitionOffsets offsets;
  private final CaseProgress progress;
  private final DeadLetters deadLetters;
  private final TransactionTemplate savepoint;

  Projector(
      List<Projection> projections,
      Targets targets,
      PartitionOffsets offsets,
      CaseProgress progress,
      DeadLetters deadLetters,
      PlatformTransactionManager transactions) {
    this.projections = projections;
    this.targets = targets;
    this.offsets = offsets;
    this.progress = progress;
    this.deadLetters = deadLetters;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  @Transactional
  public void project(List<ConsumerRecord<String, byte[]>> records, Target target) {
    targets.enter(target);
    Map<TopicPartition, Long> next = new HashMap<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      TopicPartition partition = new TopicPartition(record.topic(), record.partition());
      if (record.offset() < next.computeIfAbsent(partition, offsets::lock)) {
        continue;
      }
      Outcome outcome = process(record);
      if (outcome.kind() == Outcome.Kind.PARKED) {
        deadLetters.park(record, outcome.reason());
      }
      next.put(partition, record.offset() + 1);
    }
    next.forEach(offsets::store);
  }

  /** Runs a parked record through the same checks again, on the live read model. */
  @Transactional
  public Outcome replay(ConsumerRecord<String, byte[]> record) {
    targets.enter(Target.LIVE);
    return process(record);
  }

  private Outcome process(ConsumerRecord<String, byte[]> record) {
    EventEnvelope envelope;
    CaseEvent event;
    try {
      envelope = RegistryJson.mapper().readValue(record.value(), EventEnvelope.class);
      event = EventCatalog.decode(envelope);
    } catch (IOException | UnreadableEventException | IllegalArgumentException e) {
      return Outcome.parked("Unreadable: " + e.getMessage());
    }
    return switch (progress.locate(envelope)) {
      case DUPLICATE -> Outcome.DUPLICATE;
      case GAP ->
          Outcome.parked(
              "Out of order: case "
                  + envelope.caseId()
                  + " is at sequence "
                  + progress.lastSequence(envelope)
                  + ", this event has "
                  + envelope.sequence());
      case NEXT -> apply(envelope, event);
    };
  }

  /**
   * A rule broken by one event rolls back to its savepoint only, and the batch goes on. A failing
   * database is no rule: that propagates, and the whole batch is retried.
   */
  private Outcome apply(EventEnvelope envelope, CaseEvent event) {
    try {
      savepoint.executeWithoutResult(
          status -> {
            projections.forEach(p -> p.apply(envelope, event));
            progress.advance(envelope);
          });
      return Outcome.APPLIED;
    } catch (DataIntegrityViolationException e) {
      return Outcome.parked("Rejected by the read model: " + e.getMostSpecificCause().getMessage());
    } catch (DataAccessException | TransactionException e) {
      throw e;
    } catch (RuntimeException e) {
      return Outcome.parked("Rejected by the read model: " + e.getMessage());
    }
  }
}
