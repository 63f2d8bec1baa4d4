package org.disputeregistry.events.servicecontact;

import java.time.LocalDate;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;

/**
 * The service-contact log of one site (a hall or station of the public demand service platform) for
 * one day was opened. Contacts are then logged to it in batches, so a million contacts a year make
 * a few thousand logs, not a million aggregates.
 */
public record ServiceContactDayOpenedEvent(
    CaseId caseId, String site, String street, String community, LocalDate servedOn)
    implements CaseEvent {

  @Override
  public LocalDate businessDate() {
    return servedOn;
  }
}
