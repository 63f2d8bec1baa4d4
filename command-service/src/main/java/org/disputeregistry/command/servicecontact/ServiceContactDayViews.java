package org.disputeregistry.command.servicecontact;

import java.util.Map;
import org.disputeregistry.command.lifecycle.CaseHistory;
import org.disputeregistry.command.lifecycle.Timeline;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.servicecontact.ServiceContactDayOpenedEvent;
import org.disputeregistry.events.servicecontact.ServiceContactsLoggedEvent;
import org.disputeregistry.events.servicecontact.ServiceContactsVoidedEvent;
import org.springframework.stereotype.Component;

/** The current view of a site's service-contact log for a day, read from its events. */
@Component
public class ServiceContactDayViews {

  private final CaseHistory history;

  ServiceContactDayViews(CaseHistory history) {
    this.history = history;
  }

  /**
   * @throws org.axonframework.modelling.command.AggregateNotFoundException for an unknown case
   * @throws org.axonframework.eventsourcing.IncompatibleAggregateException for a case of another
   *     type under this id
   */
  public ServiceContactDayView find(CaseId caseId) {
    return history.fold(
        caseId, ServiceContactDayOpenedEvent.class, new ServiceContactDayViewFold());
  }

  /**
   * A page of the case's timeline, from its event {@code from} on.
   *
   * @throws org.axonframework.modelling.command.AggregateNotFoundException for an unknown case
   * @throws org.axonframework.eventsourcing.IncompatibleAggregateException for a case of another
   *     type under this id
   */
  /** The event each step records, by the path segment of its POST. */
  private static final Map<Class<? extends StepEvent>, String> STEPS =
      Map.of(
          ServiceContactsLoggedEvent.class,
          "contacts",
          ServiceContactsVoidedEvent.class,
          "voiding");

  public Timeline timeline(CaseId caseId, long from) {
    return history.timeline(caseId, ServiceContactDayOpenedEvent.class, from, STEPS);
  }
}
