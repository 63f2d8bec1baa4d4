package org.disputeregistry.query.servicecontact;

import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.servicecontact.ServiceContact;
import org.disputeregistry.events.servicecontact.ServiceContactDayOpenedEvent;
import org.disputeregistry.events.servicecontact.ServiceContactsLoggedEvent;
import org.disputeregistry.events.servicecontact.ServiceContactsVoidedEvent;
import org.disputeregistry.query.projection.EventHandlers;
import org.disputeregistry.query.projection.Projection;
import org.disputeregistry.query.projection.ProjectionRuleException;
import org.disputeregistry.query.projection.ReadModelWrites;
import org.springframework.stereotype.Component;

/**
 * One row per site and day, summing the persons of its batches as they arrive, so that person-times
 * served is a sum over days, never over contacts.
 */
@Component
class ServiceContactProjection implements Projection {

  private static final String TABLE = "service_contact_day";

  private final ReadModelWrites writes;

  ServiceContactProjection(ReadModelWrites writes) {
    this.writes = writes;
  }

  private final EventHandlers handlers =
      new EventHandlers()
          .on(ServiceContactDayOpenedEvent.class, this::opened)
          .on(ServiceContactsLoggedEvent.class, this::logged)
          .on(ServiceContactsVoidedEvent.class, e -> add(e, -e.persons(), "batches = batches - 1"));

  /** A day's batches are voided, not corrected: a day is never folded again. */
  @Override
  public void forget(CaseId caseId) {
    // Nothing to forget.
  }

  @Override
  public void apply(EventEnvelope envelope, CaseEvent event) {
    handlers.handle(event);
  }

  private void opened(ServiceContactDayOpenedEvent e) {
    writes.add(
        e.caseId(),
        TABLE,
        "INSERT INTO service_contact_day (case_id, site, street, community, served_on)"
            + " VALUES (?, ?, ?, ?, ?)",
        e.caseId().value(),
        e.site(),
        e.street(),
        e.community(),
        e.servedOn());
  }

  private void logged(ServiceContactsLoggedEvent e) {
    long persons = e.contacts().stream().mapToLong(ServiceContact::persons).sum();
    if (persons != e.persons()) {
      throw new ProjectionRuleException(
          "Batch " + e.stepId() + " says " + e.persons() + " persons, its contacts " + persons);
    }
    add(e, persons, "batches = batches + 1");
  }

  private void add(CaseEvent e, long persons, String batchChange) {
    writes.updateOne(
        e.caseId(),
        TABLE,
        "UPDATE service_contact_day SET "
            + batchChange
            + ", persons = persons + ? WHERE case_id = ?",
        () -> "No service-contact day " + e.caseId() + " for " + e.getClass().getSimpleName(),
        persons,
        e.caseId().value());
  }
}
