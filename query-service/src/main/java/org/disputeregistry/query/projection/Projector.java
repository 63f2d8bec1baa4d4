package org.disputeregistry.query.projection;

import java.io.IOException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.EventCatalog;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.RegistryJson;
import org.disputeregistry.events.UnreadableEventException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a batch of records to every projection in one transaction, together with each case's
 * progress. Offsets are committed only after that transaction, so a crash in between delivers the
 * batch again and the progress table turns the repeats into no-ops: exactly-once effect.
 */
@Component
class Projector {

  private final List<Projection> projections;
  private final CaseProgress progress;
  private final DeadLetters deadLetters;
  private final TransactionTemplate savepoint;

  Projector(
      List<Projection> projections,
      CaseProgress progress,
      DeadLetters deadLetters,
      PlatformTransactionManager transactions) {
    this.projections = projections;
    this.progress = progress;
    this.deadLetters = deadLetters;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  @Transactional
  public void project(List<ConsumerRecord<String, byte[]>> records) {
    for (ConsumerRecord<String, byte[]> record : records) {
      project(record);
    }
  }

  private void project(ConsumerRecord<String, byte[]> record) {
    EventEnvelope envelope;
    CaseEvent event;
    try {
      envelope = RegistryJson.mapper().readValue(record.value(), EventEnvelope.class);
      event = EventCatalog.decode(envelope);
    } catch (IOException | UnreadableEventException | IllegalArgumentException e) {
      deadLetters.park(record, "Unreadable: " + e.getMessage());
      return;
    }
    switch (progress.locate(envelope)) {
      case DUPLICATE -> {
        // Seen before: a relay retry or a redelivery after a restart.
      }
      case GAP ->
          deadLetters.park(
              record,
              "Out of order: case "
                  + envelope.caseId()
                  + " is at sequence "
                  + progress.lastSequence(envelope)
                  + ", this event has "
                  + envelope.sequence());
      case NEXT -> applyOrPark(record, envelope, event);
    }
  }

  /** A rule broken by one event rolls back to its savepoint only; the batch goes on. */
  private void applyOrPark(
      ConsumerRecord<String, byte[]> record, EventEnvelope envelope, CaseEvent event) {
    try {
      savepoint.executeWithoutResult(
          status -> {
            projections.forEach(p -> p.apply(envelope, event));
            progress.advance(envelope);
          });
    } catch (ProjectionRuleException | DataIntegrityViolationException e) {
      deadLetters.park(record, "Rejected by the read model: " + e.getMessage());
    }
  }
}
