package org.disputeregistry.command.lifecycle;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EffectiveSteps;
import org.disputeregistry.events.StepEvent;
import org.springframework.stereotype.Component;

/**
 * Reads a case's events from the event store: folded into its view (its opening and its steps in
 * effect, {@link EffectiveSteps}), so that a case's aggregate keeps only what its rules need, or as
 * its timeline (every event, corrected steps and their corrections alike). It answers as loading
 * the aggregate would: an unknown id is not found, and so is the id of a case of another type (all
 * types share one event store).
 */
@Component
public class CaseHistory {

  /**
   * The most events of one timeline page. A case has tens of events, a busy service day a few
   * hundred: one page is the usual answer, and no case's history is ever held whole in memory for
   * an answer.
   */
  public static final int TIMELINE_PAGE = 100;

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
    DomainEventStream stream = opened(caseId, opening);
    long version = -1;
    // The view follows the steps in effect: corrections amend and retract before it is folded.
    EffectiveSteps effective = new EffectiveSteps();
    while (stream.hasNext()) {
      DomainEventMessage<?> event = stream.next();
      if (event.getPayload() instanceof StepEvent step) {
        effective.add(step);
      } else {
        fold.on(event.getPayload());
      }
      version = event.getSequenceNumber();
    }
    effective.all().forEach(fold::on);
    return fold.view(version);
  }

  /**
   * The case's events from sequence {@code from} on, at most {@link #TIMELINE_PAGE} of them, in the
   * order they were recorded.
   *
   * @throws AggregateNotFoundException for an unknown case
   * @throws IncompatibleAggregateException for a case of another type under this id
   */
  public Timeline timeline(CaseId caseId, Class<?> opening, long from) {
    DomainEventStream stream = opened(caseId, opening);
    if (from > 0) {
      stream = events.readEvents(caseId.toString(), from);
    }
    List<TimelineEvent> page = new ArrayList<>();
    while (stream.hasNext() && page.size() < TIMELINE_PAGE) {
      page.add(TimelineEvent.of(stream.next()));
    }
    Long next = stream.hasNext() ? stream.peek().getSequenceNumber() : null;
    long version = events.lastSequenceNumberFor(caseId.toString()).orElse(-1L);
    return new Timeline(caseId, version, page, next);
  }

  /** The case's events from its first, once its first is known to open a case of this type. */
  private DomainEventStream opened(CaseId caseId, Class<?> opening) {
    DomainEventStream stream = events.readEvents(caseId.toString(), 0);
    if (!stream.hasNext()) {
      throw new AggregateNotFoundException(
          caseId.toString(), "The aggregate was not found in the event store");
    }
    if (!opening.isInstance(stream.peek().getPayload())) {
      throw new IncompatibleAggregateException(
          "Case " + caseId + " is not a case of the type opened by " + opening.getSimpleName());
    }
    return stream;
  }
}
