package org.disputeregistry.command.petition;

import org.disputeregistry.command.rules.TimeLimit;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.petition.PetitionAcceptedEvent;
import org.disputeregistry.events.petition.PetitionNotResolvedEvent;
import org.disputeregistry.events.petition.PetitionReplyExtendedEvent;
import org.disputeregistry.events.petition.PetitionResolvedEvent;
import org.disputeregistry.events.petition.PetitionSatisfactionRatedEvent;
import org.disputeregistry.events.petition.Satisfaction;
import org.disputeregistry.statutory.law.PetitionRegulation;

/**
 * What the rules of the next step read of a petition: its state, once accepted its reply time limit
 * (extended at most once), whether its outcome and satisfaction were recorded, and the regulation
 * in force on its registration date. The case and its view evolve it from the same events ({@link
 * #after}), so both judge a step alike.
 *
 * @param reply null until the petition is accepted
 */
record PetitionStanding(
    PetitionState state,
    TimeLimit reply,
    PetitionResolution resolution,
    Satisfaction satisfaction,
    PetitionRegulation regulation) {

  static PetitionStanding registered(PetitionRegulation regulation) {
    return new PetitionStanding(PetitionState.REGISTERED, null, null, null, regulation);
  }

  PetitionStanding after(StepEvent step) {
    PetitionState next = state.after(step);
    if (step instanceof PetitionAcceptedEvent accepted) {
      return new PetitionStanding(
          next,
          TimeLimit.of(accepted.acceptedOn(), regulation.reply()),
          resolution,
          satisfaction,
          regulation);
    }
    if (step instanceof PetitionReplyExtendedEvent extended) {
      return new PetitionStanding(
          next, reply.extend(extended.days()), resolution, satisfaction, regulation);
    }
    if (step instanceof PetitionResolvedEvent) {
      return new PetitionStanding(
          next, reply, PetitionResolution.RESOLVED, satisfaction, regulation);
    }
    if (step instanceof PetitionNotResolvedEvent) {
      return new PetitionStanding(
          next, reply, PetitionResolution.NOT_RESOLVED, satisfaction, regulation);
    }
    if (step instanceof PetitionSatisfactionRatedEvent rated) {
      return new PetitionStanding(next, reply, resolution, rated.satisfaction(), regulation);
    }
    return new PetitionStanding(next, reply, resolution, satisfaction, regulation);
  }
}
