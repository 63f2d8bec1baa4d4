package org.disputeregistry.command.mediation;

import static java.util.Map.entry;
import static org.disputeregistry.command.mediation.CommercialMediationState.ACCEPTED;
import static org.disputeregistry.command.mediation.CommercialMediationState.AGREED;
import static org.disputeregistry.command.mediation.CommercialMediationState.RECEIVED;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.disputeregistry.command.lifecycle.CaseStep;
import org.disputeregistry.command.rules.IllegalTransition;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.mediation.CommercialMediationAcceptedEvent;
import org.disputeregistry.events.mediation.CommercialMediationAgreementPerformedEvent;
import org.disputeregistry.events.mediation.CommercialMediationAgreementSignedEvent;
import org.disputeregistry.events.mediation.CommercialMediationEndedWithoutAgreementEvent;
import org.disputeregistry.events.mediation.CommercialMediationJudicialConfirmationAppliedEvent;
import org.disputeregistry.events.mediation.CommercialMediationJudicialConfirmationRuledEvent;
import org.disputeregistry.events.mediation.CommercialMediationMediatorAppointedEvent;
import org.disputeregistry.events.mediation.CommercialMediationMediatorRecusedEvent;
import org.disputeregistry.events.mediation.CommercialMediationNotAcceptedEvent;
import org.disputeregistry.events.mediation.CommercialMediationSessionHeldEvent;
import org.disputeregistry.events.mediation.CommercialMediationWithdrawnEvent;
import org.disputeregistry.events.mediation.Performance;

/**
 * The steps of a commercial mediation case, the states each may be recorded in and the further
 * condition of some: the case's state machine in one table (where each step leads is {@link
 * CommercialMediationState#after}). The aggregate enforces it and the case's view lists what it
 * allows ({@link #allowedIn}).
 */
enum CommercialMediationStep implements CaseStep<CommercialMediationStanding> {
  ACCEPTANCE("an acceptance", "while the application is RECEIVED", RECEIVED),
  NON_ACCEPTANCE("a refusal to accept", "while the application is RECEIVED", RECEIVED),
  MEDIATOR_APPOINTMENT(
      "a mediator appointment",
      "once the case is ACCEPTED, when no mediator is appointed (record a recusal first)",
      standing -> standing.mediator() == null,
      ACCEPTED),
  MEDIATOR_RECUSAL(
      "a recusal",
      "while the case is ACCEPTED, once a mediator is appointed",
      standing -> standing.mediator() != null,
      ACCEPTED),
  SESSION(
      "a session",
      "while the case is ACCEPTED, once a mediator is appointed",
      standing -> standing.mediator() != null,
      ACCEPTED),
  AGREEMENT(
      "an agreement",
      "while the case is ACCEPTED, once a mediator is appointed",
      standing -> standing.mediator() != null,
      ACCEPTED),
  ENDING_WITHOUT_AGREEMENT("an ending without agreement", "while the case is ACCEPTED", ACCEPTED),
  WITHDRAWAL("a withdrawal", "before the mediation has ended", RECEIVED, ACCEPTED),
  JUDICIAL_CONFIRMATION_APPLICATION(
      "a judicial confirmation application",
      "after an agreement, once per agreement",
      standing -> standing.confirmation() == null,
      AGREED),
  JUDICIAL_CONFIRMATION_RULING(
      "a judicial confirmation ruling",
      "after an agreement, once, after judicial confirmation was applied for",
      standing -> standing.confirmation() == JudicialConfirmation.APPLIED,
      AGREED),
  PERFORMANCE(
      "a performance",
      "after an agreement, until it is fully performed",
      standing -> standing.performance() != Performance.FULLY,
      AGREED);

  /** The event each step records: the timeline names a step by it. */
  static final Map<Class<? extends StepEvent>, String> BY_EVENT =
      CaseStep.byEvent(
          entry(CommercialMediationAcceptedEvent.class, ACCEPTANCE),
          entry(CommercialMediationNotAcceptedEvent.class, NON_ACCEPTANCE),
          entry(CommercialMediationMediatorAppointedEvent.class, MEDIATOR_APPOINTMENT),
          entry(CommercialMediationMediatorRecusedEvent.class, MEDIATOR_RECUSAL),
          entry(CommercialMediationSessionHeldEvent.class, SESSION),
          entry(CommercialMediationAgreementSignedEvent.class, AGREEMENT),
          entry(CommercialMediationEndedWithoutAgreementEvent.class, ENDING_WITHOUT_AGREEMENT),
          entry(CommercialMediationWithdrawnEvent.class, WITHDRAWAL),
          entry(
              CommercialMediationJudicialConfirmationAppliedEvent.class,
              JUDICIAL_CONFIRMATION_APPLICATION),
          entry(
              CommercialMediationJudicialConfirmationRuledEvent.class,
              JUDICIAL_CONFIRMATION_RULING),
          entry(CommercialMediationAgreementPerformedEvent.class, PERFORMANCE));

  private final String step;
  private final String allowedWhen;
  private final Predicate<CommercialMediationStanding> further;
  private final EnumSet<CommercialMediationState> allowed;

  CommercialMediationStep(
      String step,
      String allowedWhen,
      CommercialMediationState first,
      CommercialMediationState... others) {
    this(step, allowedWhen, standing -> true, first, others);
  }

  CommercialMediationStep(
      String step,
      String allowedWhen,
      Predicate<CommercialMediationStanding> further,
      CommercialMediationState first,
      CommercialMediationState... others) {
    this.step = step;
    this.allowedWhen = allowedWhen;
    this.further = further;
    this.allowed = EnumSet.of(first, others);
  }

  @Override
  public void requireAllowedIn(CommercialMediationStanding standing) {
    if (!allowed.contains(standing.state()) || !further.test(standing)) {
      throw new IllegalTransition(step, standing.state(), allowedWhen);
    }
  }

  /** The steps a case standing so may take, by their path segments. */
  static List<String> allowedIn(CommercialMediationStanding standing) {
    return CaseStep.allowedIn(CommercialMediationStep.class, standing);
  }
}
