package org.disputeregistry.command.servicecontact;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.servicecontact.ServiceContactDayOpenedEvent;

/** Opens the service-contact log of a site for a day. */
public record OpenServiceDayCommand(
    @TargetAggregateIdentifier CaseId caseId,
    String site,
    String street,
    String community,
    LocalDate servedOn) {

  ServiceContactDayOpenedEvent toEvent() {
    return new ServiceContactDayOpenedEvent(caseId, site, street, community, servedOn);
  }

  /** The log's natural key, unique like a case number: one log per site and day. */
  String siteDay() {
    return street + "/" + site + "/" + servedOn;
  }
}
