package org.disputeregistry.events.petition;

import java.time.LocalDate;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;

/**
 * A petition or public demand was registered (登记).
 *
 * @param persons how many people brought it
 * @param group a group petition (集体访)
 * @param repeat the same matter was petitioned before (重复访)
 * @param acceptanceDueOn it must be accepted or refused by then (15 days)
 */
public record PetitionRegisteredEvent(
    CaseId caseId,
    String caseNumber,
    LocalDate registeredOn,
    PetitionChannel channel,
    int persons,
    boolean group,
    boolean repeat,
    String street,
    String community,
    String category,
    LocalDate acceptanceDueOn)
    implements CaseEvent {

  @Override
  public LocalDate businessDate() {
    return registeredOn;
  }
}
