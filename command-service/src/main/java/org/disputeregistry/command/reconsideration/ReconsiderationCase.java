package org.disputeregistry.command.reconsideration;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.disputeregistry.command.reconsideration.ReconsiderationState.AWAITING_CORRECTION;
import static org.disputeregistry.command.reconsideration.ReconsiderationState.RECEIVED;
import static org.disputeregistry.command.reconsideration.ReconsiderationState.SUSPENDED;
import static org.disputeregistry.command.reconsideration.ReconsiderationState.UNDER_REVIEW;

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
import org.disputeregistry.command.lifecycle.Openings;
import org.disputeregistry.command.lifecycle.Recorded;
import org.disputeregistry.command.lifecycle.SameContent;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.command.lifecycle.StepLog;
import org.disputeregistry.command.reference.ReferenceCodes;
import org.disputeregistry.command.rules.BusinessDates;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.IllegalTransition;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.command.rules.StatutoryDays;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationDismissedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionRequestedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDecidedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDeemedAbandonedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationMediationAgreementEffectiveEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationNotAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationProcedureConvertedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationRedirectedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationResumedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationReviewActivityRecordedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationSuspendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTerminatedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTimeLimitExtendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationWithdrawnEvent;

/**
 * One administrative reconsideration case (行政复议), from application to its ending: received →
 * (correction requested → received, or deemed abandoned) → accepted / not accepted / redirected →
 * under review (activities, suspension and resumption, one extension, conversion to the ordinary
 * procedure) → closed by exactly one ending.
 */
@Aggregate
class ReconsiderationCase {

  private static final EnumSet<ReconsiderationState> REVIEWING = EnumSet.of(UNDER_REVIEW);
  private static final EnumSet<ReconsiderationState> REVIEWING_OR_SUSPENDED =
      EnumSet.of(UNDER_REVIEW, SUSPENDED);

  @AggregateIdentifier private CaseId caseId;
  private ReconsiderationApplicationReceivedEvent application;
  private ReconsiderationState state;
  private final StepLog steps = new StepLog();
  private LocalDate latestStepOn;
  private boolean correctionRequested;
  private LocalDate correctionDueOn;
  private DecisionClock decision;

  ReconsiderationCase() {
    // For Axon: a case is rebuilt from its events.
  }

  // Create-if-missing so that a retried request finds the case and is answered without a second
  // event, while a different application under the same id is refused.
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  Recorded handle(
      ReceiveApplicationCommand command,
      Clock clock,
      ReferenceCodes referenceCodes,
      CaseNumberRegistry caseNumbers) {
    ReconsiderationApplicationReceivedEvent received =
        command.toEvent(command.receivedOn().plusDays(StatutoryDays.RECONSIDERATION_REVIEW));
    if (application != null) {
      if (SameContent.same(received, application)) {
        return Recorded.alreadyOpened(caseId, state);
      }
      throw Openings.idTaken(command.caseId());
    }
    BusinessDates.requirePlausible("receivedOn", command.receivedOn(), clock);
    referenceCodes.requirePlace(command.street(), command.community());
    referenceCodes.requireCategory(command.category());
    caseNumbers.claim(
        CaseType.RECONSIDERATION,
        command.receivedOn().getYear(),
        command.caseNumber(),
        command.caseId());
    apply(received);
    return Recorded.opened(caseId, state);
  }

  /** Every step: a retry is answered from the log, a stale If-Match refused, an unknown id 404. */
  @CommandHandlerInterceptor
  Object guardStep(
      StepCommand command,
      InterceptorChain chain,
      @MetaDataValue(StepLog.EXPECTED_VERSION) Long expectedVersion)
      throws Exception {
    return steps.guard(command, expectedVersion, state, chain);
  }

  @CommandHandler
  Recorded handle(RequestCorrectionCommand command, Clock clock) {
    require("a correction request", EnumSet.of(RECEIVED), "while the application is RECEIVED");
    if (correctionRequested) {
      throw new IllegalTransition(
          "a correction request", state, "once: everything missing is asked for at once (一次性告知)");
    }
    requireDate("requestedOn", command.requestedOn(), clock);
    apply(
        new ReconsiderationCorrectionRequestedEvent(
            caseId,
            command.stepId(),
            command.requestedOn(),
            command.missingItems(),
            command.requestedOn().plusDays(StatutoryDays.RECONSIDERATION_CORRECTION)));
    return Recorded.step(command, state);
  }

  @CommandHandler
  Recorded handle(ReceiveCorrectionCommand command, Clock clock) {
    require("a correction", EnumSet.of(AWAITING_CORRECTION), "after a correction was requested");
    requireDate("receivedOn", command.receivedOn(), clock);
    apply(
        new ReconsiderationCorrectionReceivedEvent(
            caseId,
            command.stepId(),
            command.receivedOn(),
            command.receivedOn().plusDays(StatutoryDays.RECONSIDERATION_REVIEW)));
    return Recorded.step(command, state);
  }

  @CommandHandler
  Recorded handle(DeemAbandonedCommand command, Clock clock) {
    require("an abandonment", EnumSet.of(AWAITING_CORRECTION), "while a correction is awaited");
    requireDate("abandonedOn", command.abandonedOn(), clock);
    if (!command.abandonedOn().isAfter(correctionDueOn)) {
      throw new RuleViolation(
          ErrorCode.TIME_LIMIT,
          "abandonedOn",
          "The applicant has until " + correctionDueOn + " to complete the application");
    }
    apply(new ReconsiderationDeemedAbandonedEvent(caseId, command.stepId(), command.abandonedOn()));
    return Recorded.step(command, state);
  }

  @CommandHandler
  Recorded handle(AcceptCommand command, Clock clock) {
    require("an acceptance", EnumSet.of(RECEIVED), "while the application is RECEIVED");
    requireDate("acceptedOn", command.acceptedOn(), clock);
    apply(
        new ReconsiderationAcceptedEvent(
            caseId,
            command.stepId(),
            command.acceptedOn(),
            command.procedure(),
            command.deemed(),
            command.acceptedOn().plusDays(DecisionClock.daysToDecide(command.procedure()))));
    return Recorded.step(command, state);
  }

  @CommandHandler
  Recorded handle(RefuseAcceptanceCommand command, Clock clock) {
    require("a refusal to accept", EnumSet.of(RECEIVED), "while the application is RECEIVED");
    requireDate("decidedOn", command.decidedOn(), clock);
    apply(
        new ReconsiderationNotAcceptedEvent(
            caseId, command.stepId(), command.decidedOn(), command.reason()));
    return Recorded.step(command, state);
  }

  @CommandHandler
  Recorded handle(RedirectCommand command, Clock clock) {
    require("a redirection", EnumSet.of(RECEIVED), "while the application is RECEIVED");
    requireDate("redirectedOn", command.redirectedOn(), clock);
    apply(
        new ReconsiderationRedirectedEvent(
            caseId, command.stepId(), command.redirectedOn(), command.competentAuthority()));
    return Recorded.step(command, state);
  }

  @CommandHandler
  Recorded handle(RecordReviewActivityCommand command, Clock clock) {
    require("a review activity", REVIEWING, "while the case is UNDER_REVIEW");
    requireDate("heldOn", command.heldOn(), clock);
    apply(
        new ReconsiderationReviewActivityRecordedEvent(
            caseId, command.stepId(), command.activity(), command.heldOn()));
    return Recorded.step(command, state);
  }

  @CommandHandler
  Recorded handle(SuspendCommand command, Clock clock) {
    require("a suspension", REVIEWING, "while the case is UNDER_REVIEW");
    requireDate("suspendedOn", command.suspendedOn(), clock);
    apply(
        new ReconsiderationSuspendedEvent(
            caseId, command.stepId(), command.suspendedOn(), command.reason()));
    return Recorded.step(command, state);
  }

  @CommandHandler
  Recorded handle(ResumeCommand command, Clock clock) {
    require("a resumption", EnumSet.of(SUSPENDED), "while the case is SUSPENDED");
    requireDate("resumedOn", command.resumedOn(), clock);
    apply(
        new ReconsiderationResumedEvent(
            caseId,
            command.stepId(),
            command.resumedOn(),
            decision.dueOnResumedOn(command.resumedOn())));
    return Recorded.step(command, state);
  }

  @CommandHandler
  Recorded handle(ExtendTimeLimitCommand command, Clock clock) {
    require("an extension", REVIEWING, "while the case is UNDER_REVIEW");
    decision.requireExtensible(state);
    requireDate("extendedOn", command.extendedOn(), clock);
    LocalDate dueOn = decision.dueOnExtendedBy(command.days());
    apply(
        new ReconsiderationTimeLimitExtendedEvent(
            caseId, command.stepId(), command.extendedOn(), command.days(), dueOn));
    return Recorded.step(command, state);
  }

  @CommandHandler
  Recorded handle(ConvertProcedureCommand command, Clock clock) {
    require("a procedure conversion", REVIEWING, "while the case is UNDER_REVIEW");
    decision.requireConvertible(state);
    requireDate("convertedOn", command.convertedOn(), clock);
    apply(
        new ReconsiderationProcedureConvertedEvent(
            caseId,
            command.stepId(),
            command.convertedOn(),
            Procedure.ORDINARY,
            command.reason(),
            decision.dueOnConverted()));
    return Recorded.step(command, state);
  }

  @CommandHandler
  Recorded handle(RecordMediationAgreementCommand command, Clock clock) {
    requireEnding("a mediation agreement", REVIEWING, "effectiveOn", command.effectiveOn(), clock);
    apply(
        new ReconsiderationMediationAgreementEffectiveEvent(
            caseId, command.stepId(), command.effectiveOn()));
    return Recorded.step(command, state);
  }

  @CommandHandler
  Recorded handle(ApproveWithdrawalCommand command, Clock clock) {
    requireEnding("a withdrawal", REVIEWING, "approvedOn", command.approvedOn(), clock);
    apply(
        new ReconsiderationWithdrawnEvent(
            caseId, command.stepId(), command.approvedOn(), command.reason()));
    return Recorded.step(command, state);
  }

  /** Termination may end a suspended review (e.g. a suspension that outlasted its ground). */
  @CommandHandler
  Recorded handle(TerminateCommand command, Clock clock) {
    requireEnding(
        "a termination", REVIEWING_OR_SUSPENDED, "terminatedOn", command.terminatedOn(), clock);
    apply(
        new ReconsiderationTerminatedEvent(
            caseId, command.stepId(), command.terminatedOn(), command.ground()));
    return Recorded.step(command, state);
  }

  @CommandHandler
  Recorded handle(DecideCommand command, Clock clock) {
    requireEnding("a decision", REVIEWING, "decidedOn", command.decidedOn(), clock);
    apply(
        new ReconsiderationDecidedEvent(
            caseId, command.stepId(), command.decidedOn(), command.outcome()));
    return Recorded.step(command, state);
  }

  @CommandHandler
  Recorded handle(DismissApplicationCommand command, Clock clock) {
    requireEnding("a dismissal", REVIEWING, "dismissedOn", command.dismissedOn(), clock);
    apply(
        new ReconsiderationApplicationDismissedEvent(
            caseId, command.stepId(), command.dismissedOn(), command.reason()));
    return Recorded.step(command, state);
  }

  private void require(String step, EnumSet<ReconsiderationState> allowed, String allowedWhen) {
    if (!allowed.contains(state)) {
      throw new IllegalTransition(step, state, allowedWhen);
    }
  }

  private void requireEnding(
      String step, EnumSet<ReconsiderationState> allowed, String field, LocalDate on, Clock clock) {
    require(
        step,
        allowed,
        allowed.contains(SUSPENDED)
            ? "while the case is UNDER_REVIEW or SUSPENDED"
            : "while the case is UNDER_REVIEW (a case has exactly one ending)");
    requireDate(field, on, clock);
  }

  private void requireDate(String field, LocalDate date, Clock clock) {
    BusinessDates.requireFollowing(field, date, latestStepOn, clock);
  }

  @EventSourcingHandler
  void on(ReconsiderationApplicationReceivedEvent event) {
    caseId = event.caseId();
    application = event;
    state = RECEIVED;
    latestStepOn = event.receivedOn();
  }

  @EventSourcingHandler
  void on(ReconsiderationCorrectionRequestedEvent event) {
    stepped(event);
    correctionRequested = true;
    correctionDueOn = event.correctionDueOn();
  }

  @EventSourcingHandler
  void on(ReconsiderationAcceptedEvent event) {
    stepped(event);
    decision = DecisionClock.accepted(event);
  }

  /**
   * Every other step: recorded, and moving the case ({@link ReconsiderationState#after}) and its
   * decision clock ({@link DecisionClock#after}) as the step says.
   */
  @EventSourcingHandler
  void on(StepEvent event) {
    stepped(event);
  }

  private void stepped(StepEvent event) {
    steps.record(event);
    state = state.after(event);
    latestStepOn = event.businessDate();
    if (decision != null) {
      decision = decision.after(event);
    }
  }
}
