package org.disputeregistry.command.mediation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.disputeregistry.command.mediation.CommercialMediationStep.ACCEPTANCE;
import static org.disputeregistry.command.mediation.CommercialMediationStep.AGREEMENT;
import static org.disputeregistry.command.mediation.CommercialMediationStep.ENDING_WITHOUT_AGREEMENT;
import static org.disputeregistry.command.mediation.CommercialMediationStep.JUDICIAL_CONFIRMATION_APPLICATION;
import static org.disputeregistry.command.mediation.CommercialMediationStep.JUDICIAL_CONFIRMATION_RULING;
import static org.disputeregistry.command.mediation.CommercialMediationStep.MEDIATOR_APPOINTMENT;
import static org.disputeregistry.command.mediation.CommercialMediationStep.MEDIATOR_RECUSAL;
import static org.disputeregistry.command.mediation.CommercialMediationStep.NON_ACCEPTANCE;
import static org.disputeregistry.command.mediation.CommercialMediationStep.PERFORMANCE;
import static org.disputeregistry.command.mediation.CommercialMediationStep.SESSION;
import static org.disputeregistry.command.mediation.CommercialMediationStep.WITHDRAWAL;

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
import org.disputeregistry.command.rules.Amounts;
import org.disputeregistry.command.rules.BusinessDates;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.command.rules.TimeLimit;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.StepCorrection;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.mediation.CommercialMediationApplicationReceivedEvent;
import org.disputeregistry.events.mediation.CommercialMediationStepAmendedEvent;
import org.disputeregistry.statutory.law.JudicialConfirmationWindow;

/**
 * One commercial mediation case (商事调解) at one of the district's centres: received → accepted / not
 * accepted → mediator appointed (recusal possible) → sessions → agreement signed / ended without
 * agreement / withdrawn; after an agreement, judicial confirmation and performance.
 */
@Aggregate
class CommercialMediationCase {

  @AggregateIdentifier private CaseId caseId;
  private CommercialMediationApplicationReceivedEvent application;
  private CommercialMediationStanding standing;
  private final StepLog steps = new StepLog();
  private LocalDate latestStepOn;

  CommercialMediationCase() {
    // For Axon: a case is rebuilt from its events.
  }

  /** The API's opening of a new case: Axon creates the aggregate without reading the store. */
  @CommandHandler(commandName = ReceiveMediationApplicationCommand.NEW_CASE)
  @CreationPolicy(AggregateCreationPolicy.ALWAYS)
  Recorded open(
      ReceiveMediationApplicationCommand command,
      Clock clock,
      ReferenceCodes referenceCodes,
      CaseNumberRegistry caseNumbers,
      @MetaDataValue(Actor.ORGANISATION_KEY) String organisation) {
    return handle(command, clock, referenceCodes, caseNumbers, organisation);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  Recorded handle(
      ReceiveMediationApplicationCommand command,
      Clock clock,
      ReferenceCodes referenceCodes,
      CaseNumberRegistry caseNumbers,
      @MetaDataValue(Actor.ORGANISATION_KEY) String organisation) {
    CommercialMediationApplicationReceivedEvent received = command.toEvent();
    Openings.requireMayWrite(received, organisation);
    if (application != null) {
      return Openings.again(received, application, caseId, standing.state());
    }
    BusinessDates.requirePlausible("receivedOn", command.receivedOn(), clock);
    referenceCodes.requireMediationCentre(command.centre());
    referenceCodes.requireOptionalPlace(command.street(), command.community());
    Amounts.requireValid("amountInDispute", command.amountInDispute());
    caseNumbers.claim(
        CaseType.COMMERCIAL_MEDIATION,
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
  Recorded handle(AcceptCommand command, Clock clock) {
    allow(ACCEPTANCE, "acceptedOn", command.acceptedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(RefuseAcceptanceCommand command, Clock clock) {
    allow(NON_ACCEPTANCE, "decidedOn", command.decidedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(AppointMediatorCommand command, Clock clock) {
    allow(MEDIATOR_APPOINTMENT, "appointedOn", command.appointedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(RecuseMediatorCommand command, Clock clock) {
    MEDIATOR_RECUSAL.requireAllowedIn(standing);
    if (!command.mediator().equals(standing.mediator())) {
      throw new RuleViolation(
          ErrorCode.NOT_THE_APPOINTED_MEDIATOR,
          "mediator",
          command.mediator() + " is not the appointed mediator (" + standing.mediator() + " is)");
    }
    requireDate("recusedOn", command.recusedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(HoldSessionCommand command, Clock clock) {
    allow(SESSION, "heldOn", command.heldOn(), clock);
    return record(command, command.toEvent(standing.mediator()));
  }

  @CommandHandler
  Recorded handle(SignAgreementCommand command, Clock clock) {
    allow(AGREEMENT, "signedOn", command.signedOn(), clock);
    Amounts.requireValid("amountAgreed", command.amountAgreed());
    // The agreement takes effect when signed: the parties' window for judicial confirmation opens.
    LocalDate confirmationDueOn =
        TimeLimit.dueOn(JudicialConfirmationWindow.window(command.signedOn()), command.signedOn());
    return record(command, command.toEvent(standing.mediator(), confirmationDueOn));
  }

  @CommandHandler
  Recorded handle(EndWithoutAgreementCommand command, Clock clock) {
    allow(ENDING_WITHOUT_AGREEMENT, "endedOn", command.endedOn(), clock);
    return record(command, command.toEvent(standing.mediator()));
  }

  @CommandHandler
  Recorded handle(WithdrawCommand command, Clock clock) {
    allow(WITHDRAWAL, "withdrawnOn", command.withdrawnOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(ApplyForJudicialConfirmationCommand command, Clock clock) {
    allow(JUDICIAL_CONFIRMATION_APPLICATION, "appliedOn", command.appliedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(RuleOnJudicialConfirmationCommand command, Clock clock) {
    allow(JUDICIAL_CONFIRMATION_RULING, "ruledOn", command.ruledOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(RecordPerformanceCommand command, Clock clock) {
    allow(PERFORMANCE, "performedOn", command.performedOn(), clock);
    Amounts.requireValid("amountPerformed", command.amountPerformed());
    return record(command, command.toEvent());
  }

  /** The step is allowed as the case stands, on a plausible date not before the last step. */
  private void allow(CommercialMediationStep step, String field, LocalDate on, Clock clock) {
    step.requireAllowedIn(standing);
    requireDate(field, on, clock);
  }

  private void requireDate(String field, LocalDate date, Clock clock) {
    BusinessDates.requireFollowing(field, date, latestStepOn, clock);
  }

  private Recorded record(StepCommand command, StepEvent event) {
    apply(steps.asAmendment(event, CommercialMediationStepAmendedEvent::new));
    return steps.recorded(command, standing.state());
  }

  @EventSourcingHandler
  void on(CommercialMediationApplicationReceivedEvent event) {
    caseId = event.caseId();
    application = event;
    standing = CommercialMediationStanding.received();
    latestStepOn = event.receivedOn();
  }

  /**
   * Every step: recorded, and moving the case's standing as it says ({@link
   * CommercialMediationStanding#after}).
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
    standing = CommercialMediationStanding.received();
    latestStepOn = application.receivedOn();
    history.forEach(this::fold);
  }

  private void fold(StepEvent event) {
    standing = standing.after(event);
    latestStepOn = event.businessDate();
  }
}
