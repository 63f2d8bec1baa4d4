package org.disputeregistry.command.petition;

import org.disputeregistry.command.lifecycle.CaseHistory;
import org.disputeregistry.command.lifecycle.Timeline;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionRegisteredEvent;
import org.springframework.stereotype.Component;

/** The current view of a petition, read from its events. */
@Component
public class PetitionViews {

  private final CaseHistory history;

  PetitionViews(CaseHistory history) {
    this.history = history;
  }

  /**
   * @throws org.axonframework.modelling.command.AggregateNotFoundException for an unknown case
   * @throws org.axonframework.eventsourcing.IncompatibleAggregateException for a case of another
   *     type under this id
   */
  public PetitionView find(CaseId caseId) {
    return history.fold(caseId, PetitionRegisteredEvent.class, new PetitionViewFold());
  }

  /**
   * A page of the case's timeline, from its event {@code from} on.
   *
   * @throws org.axonframework.modelling.command.AggregateNotFoundException for an unknown case
   * @throws org.axonframework.eventsourcing.IncompatibleAggregateException for a case of another
   *     type under this id
   */
  public Timeline timeline(CaseId caseId, long from) {
    return history.timeline(caseId, PetitionRegisteredEvent.class, from, PetitionStep.BY_EVENT);
  }
}
