package org.disputeregistry.command.petition;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionChannel;
import org.disputeregistry.events.petition.PetitionRegisteredEvent;

/** Opens a petition case: it was registered (登记). */
public record RegisterPetitionCommand(
    @TargetAggregateIdentifier CaseId caseId,
    String caseNumber,
    LocalDate registeredOn,
    PetitionChannel channel,
    int persons,
    boolean group,
    boolean repeat,
    String street,
    String community,
    String category) {

  /**
   * The name under which the API sends this command to open a case it expects to be new ({@link
   * org.disputeregistry.command.lifecycle.CaseCommands#open}).
   */
  public static final String NEW_CASE = "RegisterPetitionCommand.new";

  PetitionRegisteredEvent toEvent(LocalDate acceptanceDueOn) {
    return new PetitionRegisteredEvent(
        caseId,
        caseNumber,
        registeredOn,
        channel,
        persons,
        group,
        repeat,
        street,
        community,
        category,
        acceptanceDueOn);
  }
}
