package org.disputeregistry.command.lifecycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EffectiveSteps;
import org.disputeregistry.events.StepCorrection;
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
   * order they were recorded, each step with its name and what the case counts of it now: the whole
   * history is read (a case has tens of events) for the corrections that came later.
   *
   * @param steps the path segment of each step by the event it records
   * @throws AggregateNotFoundException for an unknown case
   * @throws IncompatibleAggregateException for a case of another type under this id
   */
  public Timeline timeline(
      CaseId caseId, Class<?> opening, long from, Map<Class<? extends StepEvent>, String> steps) {
    DomainEventStream stream = opened(caseId, opening);
    List<DomainEventMessage<?>> page = new ArrayList<>();
    Long next = null;
    long version = -1;
    EffectiveSteps effective = new EffectiveSteps();
    Map<UUID, Long> latestCorrection = new HashMap<>();
    while (stream.hasNext()) {
      DomainEventMessage<?> event = stream.next();
      version = event.getSequenceNumber();
      if (event.getPayload() instanceof StepEvent step) {
        effective.add(step);
        if (step instanceof StepCorrection correction) {
          latestCorrection.put(correction.correctedStepId(), version);
        }
      }
      if (version >= from && page.size() < TIMELINE_PAGE) {
        page.add(event);
      } else if (version >= from && next == null) {
        next = version;
      }
    }
    Set<UUID> inEffect = new HashSet<>();
    effective.all().forEach(step -> inEffect.add(step.stepId()));
    List<TimelineEvent> events =
        page.stream().map(event -> entry(event, steps, inEffect, latestCorrection)).toList();
    return new Timeline(caseId, version, events, next);
  }

  private static TimelineEvent entry(
      DomainEventMessage<?> event,
      Map<Class<? extends StepEvent>, String> steps,
      Set<UUID> inEffect,
      Map<UUID, Long> latestCorrection) {
    if (!(event.getPayload() instanceof StepEvent step)) {
      return TimelineEvent.of(event, null, null, null);
    }
    if (step instanceof StepCorrection correction && correction.replacement().isEmpty()) {
      return TimelineEvent.of(event, "retraction", null, null);
    }
    // a step, or an amendment (a recording of the step it amends): the step's latest recording
    // is in effect unless retracted; an earlier one was amended by the latest correction
    boolean amendment = step instanceof StepCorrection;
    UUID stepId = amendment ? ((StepCorrection) step).correctedStepId() : step.stepId();
    Long latest = latestCorrection.get(stepId);
    Long correctedBy = latest == null || latest == event.getSequenceNumber() ? null : latest;
    TimelineEvent.Effect effect =
        !inEffect.contains(stepId)
            ? TimelineEvent.Effect.RETRACTED
            : correctedBy != null ? TimelineEvent.Effect.AMENDED : TimelineEvent.Effect.IN_EFFECT;
    String name = amendment ? "amendment" : steps.get(step.getClass());
    return TimelineEvent.of(event, name, effect, correctedBy);
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
