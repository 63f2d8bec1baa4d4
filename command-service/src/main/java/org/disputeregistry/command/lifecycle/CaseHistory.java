package org.disputeregistry.command.lifecycle;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.disputeregistry.events.CaseId;
import org.springframework.stereotype.Component;

/**
 * Reads a case's events from the event store and folds them into its view, so that a case's
 * aggregate keeps only what its rules need. It answers as loading the aggregate would: an unknown
 * id is not found, and so is the id of a case of another type (all types share one event store).
 */
@Component
public class CaseHistory {

  private final EventStore events;

  CaseHistory(EventStore events) {
    this.events = events;
  }

  /**
   * @param opening the event that opens a case of the expected type
   * @throws AggregateNotFoundException for an unknown case
   * @throws IncompatibleAggregateException for a case of another type under this id
   */
  public <V> V fold(CaseId caseId, Class<?> opening, CaseFold<V> fold) {
    DomainEventStream stream = events.readEvents(caseId.toString(), 0);
    if (!stream.hasNext()) {
      throw new AggregateNotFoundException(
          caseId.toString(), "The aggregate was not found in the event store");
    }
    if (!opening.isInstance(stream.peek().getPayload())) {
      throw new IncompatibleAggregateException(
          "Case " + caseId + " is not a case of the type opened by " + opening.getSimpleName());
    }
    long version = -1;
    while (stream.hasNext()) {
      DomainEventMessage<?> event = stream.next();
      fold.on(event.getPayload());
      version = event.getSequenceNumber();
    }
    return fold.view(version);
  }
}
