package org.disputeregistry.command.reconsideration;

import org.disputeregistry.command.lifecycle.CaseHistory;
import org.disputeregistry.command.lifecycle.Timeline;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.springframework.stereotype.Component;

/** The current view of a reconsideration case, read from its events. */
@Component
public class ReconsiderationViews {

  private final CaseHistory history;

  ReconsiderationViews(CaseHistory history) {
    this.history = history;
  }

  /**
   * @throws org.axonframework.modelling.command.AggregateNotFoundException for an unknown case
   * @throws org.axonframework.eventsourcing.IncompatibleAggregateException for a case of another
   *     type under this id
   */
  public ReconsiderationView find(CaseId caseId) {
    return history.fold(
        caseId, ReconsiderationApplicationReceivedEvent.class, new ReconsiderationViewFold());
  }

  /**
   * A page of the case's timeline, from its event {@code from} on.
   *
   * @throws org.axonframework.modelling.command.AggregateNotFoundException for an unknown case
   * @throws org.axonframework.eventsourcing.IncompatibleAggregateException for a case of another
   *     type under this id
   */
  public Timeline timeline(CaseId caseId, long from) {
    return history.timeline(
        caseId, ReconsiderationApplicationReceivedEvent.class, from, ReconsiderationStep.BY_EVENT);
  }
}
