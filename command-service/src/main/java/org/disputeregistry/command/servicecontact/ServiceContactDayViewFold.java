package org.disputeregistry.command.servicecontact;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.CaseFold;
import org.disputeregistry.events.servicecontact.ServiceContact;
import org.disputeregistry.events.servicecontact.ServiceContactDayOpenedEvent;
import org.disputeregistry.events.servicecontact.ServiceContactKind;
import org.disputeregistry.events.servicecontact.ServiceContactsLoggedEvent;
import org.disputeregistry.events.servicecontact.ServiceContactsVoidedEvent;

/** Builds a {@link ServiceContactDayView} from a day's events: its batches not voided, counted. */
class ServiceContactDayViewFold implements CaseFold<ServiceContactDayView> {

  private ServiceContactDayOpenedEvent opening;
  private final Map<UUID, List<ServiceContact>> batches = new HashMap<>();

  @Override
  public void on(Object event) {
    if (event instanceof ServiceContactDayOpenedEvent opened) {
      opening = opened;
    } else if (event instanceof ServiceContactsLoggedEvent logged) {
      batches.put(logged.stepId(), logged.contacts());
    } else if (event instanceof ServiceContactsVoidedEvent voided) {
      batches.remove(voided.voidedStepId());
    }
  }

  @Override
  public ServiceContactDayView view(long version) {
    Map<ServiceContactKind, Long> byKind = new EnumMap<>(ServiceContactKind.class);
    long contacts = 0;
    for (List<ServiceContact> batch : batches.values()) {
      contacts += batch.size();
      batch.forEach(c -> byKind.merge(c.kind(), (long) c.persons(), Long::sum));
    }
    return new ServiceContactDayView(
        opening.caseId(),
        ServiceDayState.OPEN.name(),
        version,
        opening.site(),
        opening.street(),
        opening.community(),
        opening.servedOn(),
        batches.size(),
        contacts,
        byKind.values().stream().mapToLong(Long::longValue).sum(),
        byKind);
  }
}
