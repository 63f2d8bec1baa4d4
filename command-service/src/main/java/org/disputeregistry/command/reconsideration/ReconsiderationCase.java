package org.disputeregistry.command.reconsideration;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

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
import org.disputeregistry.command.rules.TimeLimit;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.StepCorrection;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationStepAmendedEvent;
import org.disputeregistry.statutory.law.ReconsiderationLaw;

/**
 * One administrative reconsideration case (行政复议), from application to its ending: received →
 * (correction requested → received, or deemed abandoned) → accepted / not accepted / redirected →
 * under review (activities, suspension and resumption, one extension, conversion to the ordinary
 * procedure) → closed by exactly one ending. Its periods and the procedures and decisions it may
 * take are those of the law in force on its receipt date ({@link ReconsiderationLaw}).
 */
@Aggregate
class ReconsiderationCase {

  @AggregateIdentifier private CaseId caseId;
  private ReconsiderationApplicationReceivedEvent application;
  private ReconsiderationStanding standing;
  private final StepLog steps = new StepLog();
  private LocalDate latestStepOn;

  ReconsiderationCase() {
    // For Axon: a case is rebuilt from its events.
  }

  // Create-if-missing so that a retried request finds the case and is answered without a second
  // event, while a different application under the same id is refused.
  /** The API's opening of a new case: Axon creates the aggregate without reading the store. */
  @CommandHandler(commandName = ReceiveApplicationCommand.NEW_CASE)
  @CreationPolicy(AggregateCreationPolicy.ALWAYS)
  Recorded open(
      ReceiveApplicationCommand command,
      Clock clock,
      ReferenceCodes referenceCodes,
      CaseNumberRegistry caseNumbers,
      @MetaDataValue(Actor.ORGANISATION_KEY) String organisation) {
    return handle(command, clock, referenceCodes, caseNumbers, organisation);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  Recorded handle(
      ReceiveApplicationCommand command,
      Clock clock,
      ReferenceCodes referenceCodes,
      CaseNumberRegistry caseNumbers,
      @MetaDataValue(Actor.ORGANISATION_KEY) String organisation) {
    // A plausible date first: the review's due date is computed on the calendar of its year.
    BusinessDates.requirePlausible("receivedOn", command.receivedOn(), clock);
    ReconsiderationApplicationReceivedEvent received =
        command.toEvent(
            ReviewPeriod.startedOn(
                    command.receivedOn(), ReconsiderationLaw.inForceOn(command.receivedOn()))
                .dueOn());
    Openings.requireMayWrite(received, organisation);
    if (application != null) {
      return Openings.again(received, application, caseId, standing.state());
    }
    referenceCodes.requirePlace(command.street(), command.community());
    referenceCodes.requireCategory(command.category());
    caseNumbers.claim(
        CaseType.RECONSIDERATION,
        command.receivedOn().getYear(),
        command.caseNumber(),
        command.caseId());
    apply(received);
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
    Openings.requireMayWrite(application, organisation);
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
  Recorded handle(RequestCorrectionCommand command, Clock clock) {
    allow(ReconsiderationStep.CORRECTION_REQUEST, "requestedOn", command.requestedOn(), clock);
    return record(
        command,
        command.toEvent(TimeLimit.dueOn(standing.law().correction(), command.requestedOn())));
  }

  /** Once, before the period runs out, approved by another officer (2023 Art. 31). */
  @CommandHandler
  Recorded handle(
      ExtendCorrectionPeriodCommand command,
      Clock clock,
      @MetaDataValue(Actor.METADATA_KEY) String actor) {
    allow(
        ReconsiderationStep.CORRECTION_PERIOD_EXTENSION, "extendedOn", command.extendedOn(), clock);
    Approvals.requireOtherOfficer(command.approvedBy(), actor, "An extension");
    return record(
        command,
        command.toEvent(
            standing.correction().dueOnExtendedOn(command.extendedOn(), command.days())));
  }

  @CommandHandler
  Recorded handle(ReceiveCorrectionCommand command, Clock clock) {
    allow(ReconsiderationStep.CORRECTION, "receivedOn", command.receivedOn(), clock);
    return record(
        command,
        command.toEvent(ReviewPeriod.startedOn(command.receivedOn(), standing.law()).dueOn()));
  }

  @CommandHandler
  Recorded handle(DeemAbandonedCommand command, Clock clock) {
    allow(ReconsiderationStep.ABANDONMENT, "abandonedOn", command.abandonedOn(), clock);
    standing.correction().requireRunOutBefore(command.abandonedOn(), "abandonedOn");
    return record(command, command.toEvent());
  }

  /** Deemed (视为受理) when recorded after the review's due date ({@link ReviewPeriod#accepted}). */
  @CommandHandler
  Recorded handle(AcceptCommand command, Clock clock) {
    allow(ReconsiderationStep.ACCEPTANCE, "acceptedOn", command.acceptedOn(), clock);
    LawOfReceipt.requireProvides(standing.law(), command.procedure(), application.receivedOn());
    return record(command, standing.review().accepted(command, standing.law()));
  }

  @CommandHandler
  Recorded handle(RefuseAcceptanceCommand command, Clock clock) {
    allow(ReconsiderationStep.NON_ACCEPTANCE, "decidedOn", command.decidedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(RedirectCommand command, Clock clock) {
    allow(ReconsiderationStep.REDIRECTION, "redirectedOn", command.redirectedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(SendCopyToRespondentCommand command, Clock clock) {
    allow(ReconsiderationStep.COPY_TO_RESPONDENT, "sentOn", command.sentOn(), clock);
    return record(
        command,
        command.toEvent(
            TimeLimit.dueOn(
                standing.law().respondentReply(standing.decision().procedureUnder(standing.law())),
                command.sentOn())));
  }

  @CommandHandler
  Recorded handle(RecordReviewActivityCommand command, Clock clock) {
    allow(ReconsiderationStep.REVIEW_ACTIVITY, "heldOn", command.heldOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(SuspendCommand command, Clock clock) {
    allow(ReconsiderationStep.SUSPENSION, "suspendedOn", command.suspendedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(ResumeCommand command, Clock clock) {
    allow(ReconsiderationStep.RESUMPTION, "resumedOn", command.resumedOn(), clock);
    return record(
        command, command.toEvent(standing.decision().dueOnResumedOn(command.resumedOn())));
  }

  @CommandHandler
  Recorded handle(
      ExtendTimeLimitCommand command,
      Clock clock,
      @MetaDataValue(Actor.METADATA_KEY) String actor) {
    allow(ReconsiderationStep.EXTENSION, "extendedOn", command.extendedOn(), clock);
    Approvals.requireOtherOfficer(command.approvedBy(), actor, "An extension");
    LocalDate dueOn = standing.decision().dueOnExtendedOn(command.extendedOn(), command.days());
    return record(command, command.toEvent(dueOn));
  }

  @CommandHandler
  Recorded handle(ConvertProcedureCommand command, Clock clock) {
    allow(ReconsiderationStep.PROCEDURE_CONVERSION, "convertedOn", command.convertedOn(), clock);
    return record(command, command.toEvent(standing.decision().dueOnConverted(standing.law())));
  }

  @CommandHandler
  Recorded handle(RecordMediationAgreementCommand command, Clock clock) {
    allow(ReconsiderationStep.MEDIATION_AGREEMENT, "effectiveOn", command.effectiveOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(ApproveWithdrawalCommand command, Clock clock) {
    allow(ReconsiderationStep.WITHDRAWAL, "approvedOn", command.approvedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(TerminateCommand command, Clock clock) {
    allow(ReconsiderationStep.TERMINATION, "terminatedOn", command.terminatedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(DecideCommand command, Clock clock) {
    allow(ReconsiderationStep.DECISION, "decidedOn", command.decidedOn(), clock);
    LawOfReceipt.requireProvides(standing.law(), command.outcome(), application.receivedOn());
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(DismissApplicationCommand command, Clock clock) {
    allow(ReconsiderationStep.DISMISSAL, "dismissedOn", command.dismissedOn(), clock);
    return record(command, command.toEvent());
  }

  /** The step is allowed as the case stands, on a plausible date not before the last step. */
  private void allow(ReconsiderationStep step, String field, LocalDate on, Clock clock) {
    step.requireAllowedIn(standing);
    BusinessDates.requireFollowing(field, on, latestStepOn, clock);
  }

  private Recorded record(StepCommand command, StepEvent event) {
    apply(steps.asAmendment(event, ReconsiderationStepAmendedEvent::new));
    return steps.recorded(command, standing.state());
  }

  @EventSourcingHandler
  void on(ReconsiderationApplicationReceivedEvent event) {
    caseId = event.caseId();
    application = event;
    refold(List.of());
  }

  /**
   * Every step, and every correction of one: recorded, and moving the case's standing ({@link
   * ReconsiderationStanding#after}: its state and decision clock) as the steps in effect say.
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
    standing = ReconsiderationStanding.received(application);
    latestStepOn = application.receivedOn();
    history.forEach(this::fold);
  }

  private void fold(StepEvent event) {
    standing = standing.after(event);
    latestStepOn = event.businessDate();
  }
}
