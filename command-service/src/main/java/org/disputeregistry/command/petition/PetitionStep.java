package org.disputeregistry.command.petition;

import static java.util.Map.entry;
import static org.disputeregistry.command.petition.PetitionState.ACCEPTED;
import static org.disputeregistry.command.petition.PetitionState.CONCLUDED;
import static org.disputeregistry.command.petition.PetitionState.REGISTERED;
import static org.disputeregistry.command.petition.PetitionState.REPLIED;
import static org.disputeregistry.command.petition.PetitionState.REVIEWED;
import static org.disputeregistry.command.petition.PetitionState.UNDER_REVIEW;
import static org.disputeregistry.command.petition.PetitionState.UNDER_RE_REVIEW;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.disputeregistry.command.lifecycle.CaseStep;
import org.disputeregistry.command.rules.IllegalTransition;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.petition.PetitionAcceptedEvent;
import org.disputeregistry.events.petition.PetitionAssignedEvent;
import org.disputeregistry.events.petition.PetitionNotAcceptedEvent;
import org.disputeregistry.events.petition.PetitionNotResolvedEvent;
import org.disputeregistry.events.petition.PetitionReReviewDecidedEvent;
import org.disputeregistry.events.petition.PetitionReReviewRequestedEvent;
import org.disputeregistry.events.petition.PetitionRedirectedEvent;
import org.disputeregistry.events.petition.PetitionRepliedEvent;
import org.disputeregistry.events.petition.PetitionReplyExtendedEvent;
import org.disputeregistry.events.petition.PetitionResolvedEvent;
import org.disputeregistry.events.petition.PetitionReviewDecidedEvent;
import org.disputeregistry.events.petition.PetitionReviewRequestedEvent;
import org.disputeregistry.events.petition.PetitionSatisfactionRatedEvent;

/**
 * The steps of a petition, the states each may be recorded in and the further rule of some: the
 * petition's state machine in one table (where each step leads is {@link PetitionState#after}). The
 * aggregate enforces it and the petition's view lists what it allows ({@link #allowedIn}).
 */
enum PetitionStep implements CaseStep<PetitionStanding> {
  ACCEPTANCE("an acceptance", "while the petition is REGISTERED", REGISTERED),
  NON_ACCEPTANCE("a refusal to accept", "while the petition is REGISTERED", REGISTERED),
  REDIRECTION("a redirection", "while the petition is REGISTERED", REGISTERED),
  ASSIGNMENT("an assignment", "while the petition is ACCEPTED", ACCEPTED),
  /** Once: a second one is EXTENSION_ALREADY_USED. */
  EXTENSION(
      "an extension",
      "while the petition is ACCEPTED",
      standing -> standing.reply().requireExtensible(),
      EnumSet.of(ACCEPTED)),
  REPLY("a reply", "while the petition is ACCEPTED", ACCEPTED),
  RESOLUTION(
      "a resolution", "after the reply", PetitionStep::requireNoResolution, Sets.AFTER_REPLY),
  NON_RESOLUTION(
      "a non-resolution", "after the reply", PetitionStep::requireNoResolution, Sets.AFTER_REPLY),
  SATISFACTION(
      "a satisfaction rating",
      "after the reply",
      standing -> {
        if (standing.satisfaction() != null) {
          throw new IllegalTransition(
              "a satisfaction rating",
              standing.state(),
              "once (it is " + standing.satisfaction() + ")");
        }
      },
      Sets.AFTER_REPLY),
  REVIEW_REQUEST("a review request", "after the reply, before any review", REPLIED),
  REVIEW_DECISION("a review decision", "while a review is UNDER_REVIEW", UNDER_REVIEW),
  RE_REVIEW_REQUEST("a re-review request", "after the review was decided", REVIEWED),
  RE_REVIEW_DECISION("a re-review decision", "while a re-review is requested", UNDER_RE_REVIEW);

  /** The event each step records: the timeline names a step by it. */
  static final Map<Class<? extends StepEvent>, String> BY_EVENT =
      CaseStep.byEvent(
          entry(PetitionAcceptedEvent.class, ACCEPTANCE),
          entry(PetitionNotAcceptedEvent.class, NON_ACCEPTANCE),
          entry(PetitionRedirectedEvent.class, REDIRECTION),
          entry(PetitionAssignedEvent.class, ASSIGNMENT),
          entry(PetitionReplyExtendedEvent.class, EXTENSION),
          entry(PetitionRepliedEvent.class, REPLY),
          entry(PetitionResolvedEvent.class, RESOLUTION),
          entry(PetitionNotResolvedEvent.class, NON_RESOLUTION),
          entry(PetitionSatisfactionRatedEvent.class, SATISFACTION),
          entry(PetitionReviewRequestedEvent.class, REVIEW_REQUEST),
          entry(PetitionReviewDecidedEvent.class, REVIEW_DECISION),
          entry(PetitionReReviewRequestedEvent.class, RE_REVIEW_REQUEST),
          entry(PetitionReReviewDecidedEvent.class, RE_REVIEW_DECISION));

  private final String step;
  private final String allowedWhen;
  private final Consumer<PetitionStanding> further;
  private final EnumSet<PetitionState> allowed;

  PetitionStep(String step, String allowedWhen, PetitionState state) {
    this(step, allowedWhen, standing -> {}, EnumSet.of(state));
  }

  PetitionStep(
      String step,
      String allowedWhen,
      Consumer<PetitionStanding> further,
      EnumSet<PetitionState> allowed) {
    this.step = step;
    this.allowedWhen = allowedWhen;
    this.further = further;
    this.allowed = allowed;
  }

  @Override
  public void requireAllowedIn(PetitionStanding standing) {
    if (!allowed.contains(standing.state())) {
      throw new IllegalTransition(step, standing.state(), allowedWhen);
    }
    further.accept(standing);
  }

  /** The steps a petition standing so may take, by their path segments. */
  static List<String> allowedIn(PetitionStanding standing) {
    return CaseStep.allowedIn(PetitionStep.class, standing);
  }

  /** The outcome (resolved or not) is recorded once. */
  private static void requireNoResolution(PetitionStanding standing) {
    if (standing.resolution() != null) {
      throw new IllegalTransition(
          "an outcome", standing.state(), "once (the petition is " + standing.resolution() + ")");
    }
  }

  /** The states of a replied petition (enum constants cannot refer to a static field of theirs). */
  private static final class Sets {
    static final EnumSet<PetitionState> AFTER_REPLY =
        EnumSet.of(REPLIED, UNDER_REVIEW, REVIEWED, UNDER_RE_REVIEW, CONCLUDED);
  }
}
