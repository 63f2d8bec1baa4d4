package org.disputeregistry.command.petition;

import java.time.LocalDate;
import org.disputeregistry.command.lifecycle.CaseFold;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.petition.PetitionAcceptedEvent;
import org.disputeregistry.events.petition.PetitionAssignedEvent;
import org.disputeregistry.events.petition.PetitionNotResolvedEvent;
import org.disputeregistry.events.petition.PetitionRegisteredEvent;
import org.disputeregistry.events.petition.PetitionRepliedEvent;
import org.disputeregistry.events.petition.PetitionReplyExtendedEvent;
import org.disputeregistry.events.petition.PetitionResolvedEvent;
import org.disputeregistry.events.petition.PetitionSatisfactionRatedEvent;
import org.disputeregistry.events.petition.Satisfaction;
import org.disputeregistry.statutory.law.PetitionRegulation;

/** Builds a {@link PetitionView} from a petition's events. */
class PetitionViewFold implements CaseFold<PetitionView> {

  private PetitionRegisteredEvent registration;
  private PetitionStanding standing;
  private LocalDate nextDueOn;
  private LocalDate acceptedOn;
  private PetitionAssignedEvent assignment;
  private boolean extended;
  private LocalDate repliedOn;
  private PetitionResolution resolution;
  private Satisfaction satisfaction;

  @Override
  public void on(Object event) {
    if (event instanceof PetitionRegisteredEvent registered) {
      registration = registered;
      standing =
          PetitionStanding.registered(PetitionRegulation.inForceOn(registered.registeredOn()));
      nextDueOn = registered.acceptanceDueOn();
      return;
    }
    StepEvent step = (StepEvent) event;
    standing = standing.after(step);
    nextDueOn = NextDueDate.after(step, nextDueOn);
    if (step instanceof PetitionAcceptedEvent accepted) {
      acceptedOn = accepted.acceptedOn();
    } else if (step instanceof PetitionAssignedEvent assigned) {
      assignment = assigned;
    } else if (step instanceof PetitionReplyExtendedEvent) {
      extended = true;
    } else if (step instanceof PetitionRepliedEvent replied) {
      repliedOn = replied.repliedOn();
    } else if (step instanceof PetitionResolvedEvent) {
      resolution = PetitionResolution.RESOLVED;
    } else if (step instanceof PetitionNotResolvedEvent) {
      resolution = PetitionResolution.NOT_RESOLVED;
    } else if (step instanceof PetitionSatisfactionRatedEvent rated) {
      satisfaction = rated.satisfaction();
    }
  }

  @Override
  public PetitionView view(long version) {
    return new PetitionView(
        registration.caseId(),
        registration.caseNumber(),
        standing.state().name(),
        version,
        registration.registeredOn(),
        registration.channel(),
        registration.persons(),
        registration.group(),
        registration.repeat(),
        registration.street(),
        registration.community(),
        registration.category(),
        acceptedOn,
        assignment == null ? null : assignment.department(),
        assignment == null ? null : assignment.dueOn(),
        extended,
        repliedOn,
        resolution == null ? null : resolution.name(),
        satisfaction,
        nextDueOn,
        PetitionStep.allowedIn(standing));
  }
}
