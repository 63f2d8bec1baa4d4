package org.disputeregistry.command.petition;

import static java.util.Map.entry;

import java.util.Map;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.petition.PetitionAcceptedEvent;
import org.disputeregistry.events.petition.PetitionNotAcceptedEvent;
import org.disputeregistry.events.petition.PetitionReReviewDecidedEvent;
import org.disputeregistry.events.petition.PetitionReReviewRequestedEvent;
import org.disputeregistry.events.petition.PetitionRedirectedEvent;
import org.disputeregistry.events.petition.PetitionRepliedEvent;
import org.disputeregistry.events.petition.PetitionReviewDecidedEvent;
import org.disputeregistry.events.petition.PetitionReviewRequestedEvent;

/** Where a petition stands; NOT_ACCEPTED, REDIRECTED and CONCLUDED take no more steps. */
enum PetitionState {
  REGISTERED,
  ACCEPTED,
  NOT_ACCEPTED,
  REDIRECTED,
  REPLIED,
  UNDER_REVIEW,
  REVIEWED,
  UNDER_RE_REVIEW,
  CONCLUDED;

  /** The steps that move a petition; the others (assignment, extension, outcome) leave it. */
  private static final Map<Class<? extends StepEvent>, PetitionState> MOVES =
      Map.ofEntries(
          entry(PetitionAcceptedEvent.class, ACCEPTED),
          entry(PetitionNotAcceptedEvent.class, NOT_ACCEPTED),
          entry(PetitionRedirectedEvent.class, REDIRECTED),
          entry(PetitionRepliedEvent.class, REPLIED),
          entry(PetitionReviewRequestedEvent.class, UNDER_REVIEW),
          entry(PetitionReviewDecidedEvent.class, REVIEWED),
          entry(PetitionReReviewRequestedEvent.class, UNDER_RE_REVIEW),
          entry(PetitionReReviewDecidedEvent.class, CONCLUDED));

  /** Where a petition in this state stands after the step. */
  PetitionState after(StepEvent step) {
    return MOVES.getOrDefault(step.getClass(), this);
  }
}
