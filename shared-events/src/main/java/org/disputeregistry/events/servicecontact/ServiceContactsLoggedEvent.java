package org.disputeregistry.events.servicecontact;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/**
 * A batch of service contacts at the day's site; person-times served is the sum of their persons.
 *
 * @param persons the sum of the contacts' persons
 */
public record ServiceContactsLoggedEvent(
    CaseId caseId,
    UUID stepId,
    LocalDate servedOn,
    List<ServiceContact> contacts,
    @JsonSerialize(using = PersonCount.class) long persons)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return servedOn;
  }
}
