package org.disputeregistry.command.petition;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.disputeregistry.command.petition.PetitionStep.ACCEPTANCE;
import static org.disputeregistry.command.petition.PetitionStep.ASSIGNMENT;
import static org.disputeregistry.command.petition.PetitionStep.EXTENSION;
import static org.disputeregistry.command.petition.PetitionStep.NON_ACCEPTANCE;
import static org.disputeregistry.command.petition.PetitionStep.NON_RESOLUTION;
import static org.disputeregistry.command.petition.PetitionStep.REDIRECTION;
import static org.disputeregistry.command.petition.PetitionStep.REPLY;
import static org.disputeregistry.command.petition.PetitionStep.RESOLUTION;
import static org.disputeregistry.command.petition.PetitionStep.REVIEW_DECISION;
import static org.disputeregistry.command.petition.PetitionStep.REVIEW_REQUEST;
import static org.disputeregistry.command.petition.PetitionStep.RE_REVIEW_DECISION;
import static org.disputeregistry.command.petition.PetitionStep.RE_REVIEW_REQUEST;
import static org.disputeregistry.command.petition.PetitionStep.SATISFACTION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.disputeregistry.command.casenumber.CaseNumberRegistry;
import org.disputeregistry.command.lifecycle.Actor;
import org.disputeregistry.command.lifecycle.Corrections;
import org.disputeregistry.command.lifecycle.Openings;
import org.disputeregistry.command.lifecycle.Recorded;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.command.lifecycle.StepLog;
import org.disputeregistry.command.reference.ReferenceCodes;
import org.disputeregistry.command.rules.Approvals;
import org.disputeregistry.command.rules.BusinessDates;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.command.rules.TimeLimit;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.StepCorrection;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.petition.PetitionRegisteredEvent;
import org.disputeregistry.events.petition.PetitionStepAmendedEvent;
import org.disputeregistry.statutory.law.PetitionRegulation;

/**
 * One petition or public demand (信访 / 群众诉求): registered → accepted / not accepted / redirected to a
 * legal channel → assigned to a department → (one extension) → replied → resolved or not, rated;
 * review (复查) and re-review (复核) on request, each asked for and decided within 30 days. Its periods
 * are those of the regulation in force on its registration date ({@link PetitionRegulation}).
 */
@Aggregate
class PetitionCase {

  @AggregateIdentifier private CaseId caseId;
  private PetitionRegisteredEvent registration;
  private PetitionStanding standing;
  private final StepLog steps = new StepLog();
  private LocalDate latestStepOn;
  private LocalDate nextDueOn;

  PetitionCase() {
    // For Axon: a case is rebuilt from its events.
  }

  /** The API's opening of a new case: Axon creates the aggregate without reading the store. */
  @CommandHandler(commandName = RegisterPetitionCommand.NEW_CASE)
  @CreationPolicy(AggregateCreationPolicy.ALWAYS)
  Recorded open(
      RegisterPetitionCommand command,
      Clock clock,
      ReferenceCodes referenceCodes,
      CaseNumberRegistry caseNumbers,
      @MetaDataValue(Actor.ORGANISATION_KEY) String organisation) {
    return handle(command, clock, referenceCodes, caseNumbers, organisation);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  Recorded handle(
      RegisterPetitionCommand command,
      Clock clock,
      ReferenceCodes referenceCodes,
      CaseNumberRegistry caseNumbers,
      @MetaDataValue(Actor.ORGANISATION_KEY) String organisation) {
    // A plausible date first: the acceptance's due date is computed on the calendar of its year.
    BusinessDates.requirePlausible("registeredOn", command.registeredOn(), clock);
    PetitionRegisteredEvent registered =
        command.toEvent(
            TimeLimit.dueOn(
                PetitionRegulation.inForceOn(command.registeredOn()).acceptance(),
                command.registeredOn()));
    Openings.requireMayWrite(registered, organisation);
    if (registration != null) {
      return Openings.again(registered, registration, caseId, standing.state());
    }
    referenceCodes.requirePlace(command.street(), command.community());
    referenceCodes.requireCategory(command.category());
    caseNumbers.claim(
        CaseType.PETITION,
        command.registeredOn().getYear(),
        command.caseNumber(),
        command.caseId());
    apply(registered);
    return Recorded.opened(caseId, standing.state());
  }

  /**
   * Every step: only by an organisation that may write the case; a retry is answered from the log,
   * a stale If-Match refused, an unknown id 404; an amendment judged as the step it amends ({@link
   * StepLog#guard(StepCommand, MetaData, Enum, InterceptorChain, java.util.function.Consumer,
   * Clock)}).
   */
  @CommandHandlerInterceptor
  Object guardStep(
      StepCommand command,
      InterceptorChain chain,
      MetaData metaData,
      Clock clock,
      @MetaDataValue(Actor.ORGANISATION_KEY) String organisation)
      throws Exception {
    Openings.requireMayWrite(registration, organisation);
    return steps.guard(command, metaData, standing.state(), chain, this::refold, clock);
  }

  /** A step recorded by mistake and not followed by another is retracted. */
  @CommandHandler
  Recorded handle(
      RetractStepCommand command, Clock clock, @MetaDataValue(Actor.METADATA_KEY) String actor) {
    StepEvent retracted = steps.retractable(command.retractedStepId(), "retractedStepId");
    Corrections.requireApproval(
        command.approvedBy(), actor, command.approvedOn(), retracted, clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(AcceptCommand command, Clock clock) {
    allow(ACCEPTANCE, "acceptedOn", command.acceptedOn(), clock);
    return record(
        command, command.toEvent(TimeLimit.dueOn(regulation().reply(), command.acceptedOn())));
  }

  @CommandHandler
  Recorded handle(RefuseAcceptanceCommand command, Clock clock) {
    allow(NON_ACCEPTANCE, "decidedOn", command.decidedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(RedirectCommand command, Clock clock) {
    allow(REDIRECTION, "redirectedOn", command.redirectedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(AssignCommand command, Clock clock) {
    allow(ASSIGNMENT, "assignedOn", command.assignedOn(), clock);
    if (command.dueOn().isBefore(command.assignedOn())) {
      throw new RuleViolation(
          ErrorCode.DATE_BEFORE_PREVIOUS_STEP,
          "dueOn",
          "dueOn " + command.dueOn() + " is before the assignment on " + command.assignedOn());
    }
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(
      ExtendReplyTimeLimitCommand command,
      Clock clock,
      @MetaDataValue(Actor.METADATA_KEY) String actor) {
    allow(EXTENSION, "extendedOn", command.extendedOn(), clock);
    Approvals.requireOtherOfficer(command.approvedBy(), actor, "An extension");
    TimeLimit extended = standing.reply().extendOn(command.extendedOn(), command.days());
    return record(command, command.toEvent(extended.dueOn()));
  }

  @CommandHandler
  Recorded handle(ReplyCommand command, Clock clock) {
    allow(REPLY, "repliedOn", command.repliedOn(), clock);
    return record(
        command,
        command.toEvent(TimeLimit.dueOn(regulation().reviewRequest(), command.repliedOn())));
  }

  @CommandHandler
  Recorded handle(RecordResolvedCommand command, Clock clock) {
    allow(RESOLUTION, "resolvedOn", command.resolvedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(RecordNotResolvedCommand command, Clock clock) {
    allow(NON_RESOLUTION, "concludedOn", command.concludedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(RateSatisfactionCommand command, Clock clock) {
    allow(SATISFACTION, "ratedOn", command.ratedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(RequestReviewCommand command, Clock clock) {
    allow(REVIEW_REQUEST, "requestedOn", command.requestedOn(), clock);
    requireWithin("requestedOn", command.requestedOn(), "A review");
    return record(
        command,
        command.toEvent(TimeLimit.dueOn(regulation().reviewDecision(), command.requestedOn())));
  }

  @CommandHandler
  Recorded handle(DecideReviewCommand command, Clock clock) {
    allow(REVIEW_DECISION, "decidedOn", command.decidedOn(), clock);
    return record(
        command,
        command.toEvent(TimeLimit.dueOn(regulation().reReviewRequest(), command.decidedOn())));
  }

  @CommandHandler
  Recorded handle(RequestReReviewCommand command, Clock clock) {
    allow(RE_REVIEW_REQUEST, "requestedOn", command.requestedOn(), clock);
    requireWithin("requestedOn", command.requestedOn(), "A re-review");
    return record(
        command,
        command.toEvent(TimeLimit.dueOn(regulation().reReviewDecision(), command.requestedOn())));
  }

  @CommandHandler
  Recorded handle(DecideReReviewCommand command, Clock clock) {
    allow(RE_REVIEW_DECISION, "decidedOn", command.decidedOn(), clock);
    return record(command, command.toEvent());
  }

  /** The step is allowed as the petition stands, on a plausible date not before the last step. */
  private void allow(PetitionStep step, String field, LocalDate on, Clock clock) {
    step.requireAllowedIn(standing);
    requireDate(field, on, clock);
  }

  private PetitionRegulation regulation() {
    return standing.regulation();
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
    apply(steps.asAmendment(event, PetitionStepAmendedEvent::new));
    return steps.recorded(command, standing.state());
  }

  @EventSourcingHandler
  void on(PetitionRegisteredEvent event) {
    caseId = event.caseId();
    registration = event;
    refold(List.of());
  }

  /**
   * Every step: recorded, and moving the petition's standing ({@link PetitionStanding#after}) and
   * its next due date ({@link NextDueDate#after}) as the step says.
   */
  @EventSourcingHandler
  void on(StepEvent event) {
    steps.record(event);
    if (event instanceof StepCorrection) {
      refold(steps.effective());
    } else {
      fold(event);
    }
  }

  /** The case as it stands after its opening and these steps. */
  private void refold(List<StepEvent> history) {
    standing =
        PetitionStanding.registered(PetitionRegulation.inForceOn(registration.registeredOn()));
    latestStepOn = registration.registeredOn();
    nextDueOn = registration.acceptanceDueOn();
    history.forEach(this::fold);
  }

  private void fold(StepEvent event) {
    standing = standing.after(event);
    latestStepOn = event.businessDate();
    nextDueOn = NextDueDate.after(event, nextDueOn);
  }
}
