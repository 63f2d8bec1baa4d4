package org.disputeregistry.command.mediation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.disputeregistry.command.mediation.CommercialMediationState.ACCEPTED;
import static org.disputeregistry.command.mediation.CommercialMediationState.AGREED;
import static org.disputeregistry.command.mediation.CommercialMediationState.RECEIVED;

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
import org.disputeregistry.command.rules.Amounts;
import org.disputeregistry.command.rules.BusinessDates;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.IllegalTransition;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.mediation.CommercialMediationAgreementPerformedEvent;
import org.disputeregistry.events.mediation.CommercialMediationApplicationReceivedEvent;
import org.disputeregistry.events.mediation.CommercialMediationJudicialConfirmationAppliedEvent;
import org.disputeregistry.events.mediation.CommercialMediationJudicialConfirmationRuledEvent;
import org.disputeregistry.events.mediation.CommercialMediationMediatorAppointedEvent;
import org.disputeregistry.events.mediation.CommercialMediationMediatorRecusedEvent;
import org.disputeregistry.events.mediation.Performance;

/**
 * One commercial mediation case (商事调解) at one of the district's centres: received → accepted / not
 * accepted → mediator appointed (recusal possible) → sessions → agreement signed / ended without
 * agreement / withdrawn; after an agreement, judicial confirmation and performance.
 */
@Aggregate
class CommercialMediationCase {

  @AggregateIdentifier private CaseId caseId;
  private CommercialMediationApplicationReceivedEvent application;
  private CommercialMediationState state;
  private final StepLog steps = new StepLog();
  private LocalDate latestStepOn;
  private String mediator;
  private JudicialConfirmation confirmation;
  private Performance performance;

  CommercialMediationCase() {
    // For Axon: a case is rebuilt from its events.
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
      return Openings.again(received, application, caseId, state);
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
    Openings.requireMayWrite(application, organisation);
    return steps.guard(command, expectedVersion, state, chain);
  }

  @CommandHandler
  Recorded handle(AcceptCommand command, Clock clock) {
    require("an acceptance", EnumSet.of(RECEIVED), "while the application is RECEIVED");
    requireDate("acceptedOn", command.acceptedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(RefuseAcceptanceCommand command, Clock clock) {
    require("a refusal to accept", EnumSet.of(RECEIVED), "while the application is RECEIVED");
    requireDate("decidedOn", command.decidedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(AppointMediatorCommand command, Clock clock) {
    require("a mediator appointment", EnumSet.of(ACCEPTED), "once the case is ACCEPTED");
    if (mediator != null) {
      throw new IllegalTransition(
          "a mediator appointment",
          state,
          "when no mediator is appointed (" + mediator + " is; record a recusal first)");
    }
    requireDate("appointedOn", command.appointedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(RecuseMediatorCommand command, Clock clock) {
    require("a recusal", EnumSet.of(ACCEPTED), "while the case is ACCEPTED");
    if (!command.mediator().equals(mediator)) {
      throw new RuleViolation(
          ErrorCode.NOT_THE_APPOINTED_MEDIATOR,
          "mediator",
          mediator == null
              ? "No mediator is appointed to this case"
              : command.mediator() + " is not the appointed mediator (" + mediator + " is)");
    }
    requireDate("recusedOn", command.recusedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(HoldSessionCommand command, Clock clock) {
    requireMediating("a session");
    requireDate("heldOn", command.heldOn(), clock);
    return record(command, command.toEvent(mediator));
  }

  @CommandHandler
  Recorded handle(SignAgreementCommand command, Clock clock) {
    requireMediating("an agreement");
    requireDate("signedOn", command.signedOn(), clock);
    Amounts.requireValid("amountAgreed", command.amountAgreed());
    return record(command, command.toEvent(mediator));
  }

  @CommandHandler
  Recorded handle(EndWithoutAgreementCommand command, Clock clock) {
    require("an ending without agreement", EnumSet.of(ACCEPTED), "while the case is ACCEPTED");
    requireDate("endedOn", command.endedOn(), clock);
    return record(command, command.toEvent(mediator));
  }

  @CommandHandler
  Recorded handle(WithdrawCommand command, Clock clock) {
    require("a withdrawal", EnumSet.of(RECEIVED, ACCEPTED), "before the mediation has ended");
    requireDate("withdrawnOn", command.withdrawnOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(ApplyForJudicialConfirmationCommand command, Clock clock) {
    require("a judicial confirmation application", EnumSet.of(AGREED), "after an agreement");
    if (confirmation != null) {
      throw new IllegalTransition(
          "a judicial confirmation application", state, "once per agreement");
    }
    requireDate("appliedOn", command.appliedOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(RuleOnJudicialConfirmationCommand command, Clock clock) {
    require("a judicial confirmation ruling", EnumSet.of(AGREED), "after an agreement");
    if (confirmation != JudicialConfirmation.APPLIED) {
      throw new IllegalTransition(
          "a judicial confirmation ruling",
          state,
          "once, after judicial confirmation was applied for");
    }
    requireDate("ruledOn", command.ruledOn(), clock);
    return record(command, command.toEvent());
  }

  @CommandHandler
  Recorded handle(RecordPerformanceCommand command, Clock clock) {
    require("a performance", EnumSet.of(AGREED), "after an agreement");
    if (performance == Performance.FULLY) {
      throw new IllegalTransition(
          "a performance", state, "until the agreement is fully performed (it is)");
    }
    requireDate("performedOn", command.performedOn(), clock);
    Amounts.requireValid("amountPerformed", command.amountPerformed());
    return record(command, command.toEvent());
  }

  private void require(String step, EnumSet<CommercialMediationState> allowed, String when) {
    if (!allowed.contains(state)) {
      throw new IllegalTransition(step, state, when);
    }
  }

  private void requireMediating(String step) {
    require(step, EnumSet.of(ACCEPTED), "while the case is ACCEPTED, with a mediator");
    if (mediator == null) {
      throw new IllegalTransition(step, state, "once a mediator is appointed");
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
  void on(CommercialMediationApplicationReceivedEvent event) {
    caseId = event.caseId();
    application = event;
    state = RECEIVED;
    latestStepOn = event.receivedOn();
  }

  @EventSourcingHandler
  void on(CommercialMediationMediatorAppointedEvent event) {
    stepped(event);
    mediator = event.mediator();
  }

  @EventSourcingHandler
  void on(CommercialMediationMediatorRecusedEvent event) {
    stepped(event);
    mediator = null;
  }

  @EventSourcingHandler
  void on(CommercialMediationJudicialConfirmationAppliedEvent event) {
    stepped(event);
    confirmation = JudicialConfirmation.APPLIED;
  }

  @EventSourcingHandler
  void on(CommercialMediationJudicialConfirmationRuledEvent event) {
    stepped(event);
    confirmation = JudicialConfirmation.ruled(event.ruling());
  }

  @EventSourcingHandler
  void on(CommercialMediationAgreementPerformedEvent event) {
    stepped(event);
    performance = event.performance();
  }

  /**
   * Every other step: recorded, and moving the case as it says ({@link
   * CommercialMediationState#after}).
   */
  @EventSourcingHandler
  void on(StepEvent event) {
    stepped(event);
  }

  private void stepped(StepEvent event) {
    steps.record(event);
    state = state.after(event);
    latestStepOn = event.businessDate();
  }
}
