package org.disputeregistry.command.petition;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.disputeregistry.command.petition.PetitionState.ACCEPTED;
import static org.disputeregistry.command.petition.PetitionState.CONCLUDED;
import static org.disputeregistry.command.petition.PetitionState.REGISTERED;
import static org.disputeregistry.command.petition.PetitionState.REPLIED;
import static org.disputeregistry.command.petition.PetitionState.REVIEWED;
import static org.disputeregistry.command.petition.PetitionState.UNDER_REVIEW;
import static org.disputeregistry.command.petition.PetitionState.UNDER_RE_REVIEW;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.disputeregistry.command.casenumber.CaseNumberRegistry;
import org.disputeregistry.command.lifecycle.Actor;
import org.disputeregistry.command.lifecycle.Openings;
import org.disputeregistry.command.lifecycle.Recorded;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.command.lifecycle.StepLog;
import org.disputeregistry.command.reference.ReferenceCodes;
import org.disputeregistry.command.rules.BusinessDates;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.IllegalTransition;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.command.rules.StatutoryDays;
import org.disputeregistry.command.rules.TimeLimit;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.petition.PetitionAcceptedEvent;
import org.disputeregistry.events.petition.PetitionNotResolvedEvent;
import org.disputeregistry.events.petition.PetitionRegisteredEvent;
import org.disputeregistry.events.petition.PetitionReplyExtendedEvent;
import org.disputeregistry.events.petition.PetitionResolvedEvent;
import org.disputeregistry.events.petition.PetitionSatisfactionRatedEvent;
import org.disputeregistry.events.petition.Satisfaction;

/**
 * One petition or public demand (信访 / 群众诉求): registered → accepted / not accepted / redirected to a
 * legal channel → assigned to a department → (one extension) → replied → resolved or not, rated;
 * review (复查) and re-review (复核) on request, each asked for and decided within 30 days.
 */
@Aggregate
class PetitionCase {

  private static final EnumSet<PetitionState> AFTER_REPLY =
      EnumSet.of(REPLIED, UNDER_REVIEW, REVIEWED, UNDER_RE_REVIEW, CONCLUDED);

  @AggregateIdentifier private CaseId caseId;
  private PetitionRegisteredEvent registration;
  private PetitionState state;
  private final StepLog steps = new StepLog();
  private LocalDate latestStepOn;
  private TimeLimit reply;
  private PetitionResolution resolution;
  private Satisfaction satisfaction;
  private LocalDate nextDueOn;

  PetitionCase() {
    // For Axon: a case is rebuilt from its events.
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  Recorded handle(
      RegisterPetitionCommand command,
      Clock clock,
      ReferenceCodes referenceCodes,
      CaseNumberRegistry caseNumbers,
      @MetaDataValue(Actor.ORGANISATION_KEY) String organisation) {
    PetitionRegisteredEvent registered =
        command.toEvent(command.registeredOn().plusDays(StatutoryDays.PETITION_ACCEPTANCE));
    Openings.requireMayWrite(registered, organisation);
    if (registration != null) {
      return Openings.again(registered, registration, caseId, state);
    }
    BusinessDates.requirePlausible("registeredOn", command.registeredOn(), clock);
    referenceCodes.requirePlace(command.street(), command.community());
    referenceCodes.requireCategory(command.category());
    caseNumbers.claim(
        CaseType.PETITION,
        command.registeredOn().getYear(),
        command.caseNumber(),
        command.caseId());
    apply(registered);
    return Recorded.opened(caseId, state);
  }

  /**
   * Every step: only by an organisation that may write the case; a retry is answered from the log,
   * a stale If-Match refused, an unknown id 404.
   */
  @CommandHandlerInterceptor
  Object guardStep(
      StepCommand command,
      InterceptorChain chain,
      @MetaDataValue(StepLog.EXPECTED_VERSION) Long expectedVersion,
      @MetaDataValue(Actor.ORGANISATION_KEY) String organisation)
      throws Exception {
    Openings.requireMayWrite(registration, organisation);
    return steps.guard(command, expectedVersion, state, chain);
  }

  @CommandHandler
  Recorded handle(AcceptCommand command, Clock clock) {
    require("an acceptance", EnumSet.of(REGISTERED), "while the petition is REGISTERED");
    requireDate("acceptedOn", command.acceptedOn(), clock);
    return record(
        command, command.toEvent(command.acceptedOn().plusDays(StatutoryDays.PETITION_REPLY)));
  }

  @CommandHandler
  Recorded handle(RefuseAcceptanceCommand command, Clock clock) {
    require("a refusal to accept", EnumSet.of(REGISTERED), "while the petition is REGISTERED");
    requireDate("decidedOn", command.decidedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(RedirectCommand command, Clock clock) {
    require("a redirection", EnumSet.of(REGISTERED), "while the petition is REGISTERED");
    requireDate("redirectedOn", command.redirectedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(AssignCommand command, Clock clock) {
    require("an assignment", EnumSet.of(ACCEPTED), "while the petition is ACCEPTED");
    requireDate("assignedOn", command.assignedOn(), clock);
    if (command.dueOn().isBefore(command.assignedOn())) {
      throw new RuleViolation(
          ErrorCode.DATE_BEFORE_PREVIOUS_STEP,
          "dueOn",
          "dueOn " + command.dueOn() + " is before the assignment on " + command.assignedOn());
    }
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(ExtendReplyTimeLimitCommand command, Clock clock) {
    require("an extension", EnumSet.of(ACCEPTED), "while the petition is ACCEPTED");
    requireDate("extendedOn", command.extendedOn(), clock);
    TimeLimit extended = reply.extend(command.days());
    return record(command, command.toEvent(extended.dueOn()));
  }

  @CommandHandler
  Recorded handle(ReplyCommand command, Clock clock) {
    require("a reply", EnumSet.of(ACCEPTED), "while the petition is ACCEPTED");
    requireDate("repliedOn", command.repliedOn(), clock);
    return record(
        command,
        command.toEvent(command.repliedOn().plusDays(StatutoryDays.PETITION_REVIEW_REQUEST)));
  }

  @CommandHandler
  Recorded handle(RecordResolvedCommand command, Clock clock) {
    requireNoResolution("a resolution");
    requireDate("resolvedOn", command.resolvedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(RecordNotResolvedCommand command, Clock clock) {
    requireNoResolution("a non-resolution");
    requireDate("concludedOn", command.concludedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(RateSatisfactionCommand command, Clock clock) {
    require("a satisfaction rating", AFTER_REPLY, "after the reply");
    if (satisfaction != null) {
      throw new IllegalTransition(
          "a satisfaction rating", state, "once (it is " + satisfaction + ")");
    }
    requireDate("ratedOn", command.ratedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(RequestReviewCommand command, Clock clock) {
    require("a review request", EnumSet.of(REPLIED), "after the reply, before any review");
    requireDate("requestedOn", command.requestedOn(), clock);
    requireWithin("requestedOn", command.requestedOn(), "A review");
    return record(
        command,
        command.toEvent(command.requestedOn().plusDays(StatutoryDays.PETITION_REVIEW_DECISION)));
  }

  @CommandHandler
  Recorded handle(DecideReviewCommand command, Clock clock) {
    require("a review decision", EnumSet.of(UNDER_REVIEW), "while a review is UNDER_REVIEW");
    requireDate("decidedOn", command.decidedOn(), clock);
    return record(
        command,
        command.toEvent(command.decidedOn().plusDays(StatutoryDays.PETITION_REVIEW_REQUEST)));
  }

  @CommandHandler
  Recorded handle(RequestReReviewCommand command, Clock clock) {
    require("a re-review request", EnumSet.of(REVIEWED), "after the review was decided");
    requireDate("requestedOn", command.requestedOn(), clock);
    requireWithin("requestedOn", command.requestedOn(), "A re-review");
    return record(
        command,
        command.toEvent(command.requestedOn().plusDays(StatutoryDays.PETITION_REVIEW_DECISION)));
  }

  @CommandHandler
  Recorded handle(DecideReReviewCommand command, Clock clock) {
    require("a re-review decision", EnumSet.of(UNDER_RE_REVIEW), "while a re-review is requested");
    requireDate("decidedOn", command.decidedOn(), clock);
    return record(command, command.toEvent());
  }

  private void require(String step, EnumSet<PetitionState> allowed, String when) {
    if (!allowed.contains(state)) {
      throw new IllegalTransition(step, state, when);
    }
  }

  private void requireNoResolution(String step) {
    require(step, AFTER_REPLY, "after the reply");
    if (resolution != null) {
      throw new IllegalTransition(step, state, "once (the petition is " + resolution + ")");
    }
  }

  /** Review and re-review must be asked for within 30 days of the answer they contest. */
  private void requireWithin(String field, LocalDate requestedOn, String what) {
    if (requestedOn.isAfter(nextDueOn)) {
      throw new RuleViolation(
          ErrorCode.TIME_LIMIT,
          field,
          what + " had to be requested by " + nextDueOn + ", not on " + requestedOn);
    }
  }

  private void requireDate(String field, LocalDate date, Clock clock) {
    BusinessDates.requireFollowing(field, date, latestStepOn, clock);
  }

  private Recorded record(StepCommand command, StepEvent event) {
    apply(event);
    return Recorded.step(command, state);
  }

  @EventSourcingHandler
  void on(PetitionRegisteredEvent event) {
    caseId = event.caseId();
    registration = event;
    state = REGISTERED;
    latestStepOn = event.registeredOn();
    nextDueOn = event.acceptanceDueOn();
  }

  @EventSourcingHandler
  void on(PetitionAcceptedEvent event) {
    stepped(event);
    reply = TimeLimit.of(event.acceptedOn(), StatutoryDays.PETITION_REPLY);
  }

  @EventSourcingHandler
  void on(PetitionReplyExtendedEvent event) {
    stepped(event);
    reply = reply.extend(event.days());
  }

  @EventSourcingHandler
  void on(PetitionResolvedEvent event) {
    stepped(event);
    resolution = PetitionResolution.RESOLVED;
  }

  @EventSourcingHandler
  void on(PetitionNotResolvedEvent event) {
    stepped(event);
    resolution = PetitionResolution.NOT_RESOLVED;
  }

  @EventSourcingHandler
  void on(PetitionSatisfactionRatedEvent event) {
    stepped(event);
    satisfaction = event.satisfaction();
  }

  /**
   * Every other step: recorded, and moving the petition ({@link PetitionState#after}) and its next
   * due date ({@link NextDueDate#after}) as the step says.
   */
  @EventSourcingHandler
  void on(StepEvent event) {
    stepped(event);
  }

  private void stepped(StepEvent event) {
    steps.record(event);
    state = state.after(event);
    latestStepOn = event.businessDate();
    nextDueOn = NextDueDate.after(event, nextDueOn);
  }
}
