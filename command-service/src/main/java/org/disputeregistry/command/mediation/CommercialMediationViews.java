package org.disputeregistry.command.mediation;

import org.disputeregistry.command.lifecycle.CaseHistory;
import org.disputeregistry.command.lifecycle.Timeline;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.mediation.CommercialMediationApplicationReceivedEvent;
import org.springframework.stereotype.Component;

/** The current view of a commercial mediation case, read from its events. */
@Component
public class CommercialMediationViews {

  private final CaseHistory history;

  CommercialMediationViews(CaseHistory history) {
    this.history = history;
  }

  /**
   * @throws org.axonframework.modelling.command.AggregateNotFoundException for an unknown case
   * @throws org.axonframework.eventsourcing.IncompatibleAggregateException for a case of another
   *     type under this id
   */
  public CommercialMediationView find(CaseId caseId) {
    return history.fold(
        caseId,
        CommercialMediationApplicationReceivedEvent.class,
        new CommercialMediationViewFold());
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
        caseId,
        CommercialMediationApplicationReceivedEvent.class,
        from,
        CommercialMediationStep.BY_EVENT);
  }
}
