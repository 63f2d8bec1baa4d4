package org.disputeregistry.command.mediation;

import static java.util.Map.entry;

import java.util.Map;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.mediation.CommercialMediationAcceptedEvent;
import org.disputeregistry.events.mediation.CommercialMediationAgreementSignedEvent;
import org.disputeregistry.events.mediation.CommercialMediationEndedWithoutAgreementEvent;
import org.disputeregistry.events.mediation.CommercialMediationNotAcceptedEvent;
import org.disputeregistry.events.mediation.CommercialMediationWithdrawnEvent;

/** Where a commercial mediation case stands. */
enum CommercialMediationState {
  RECEIVED,
  /** Accepted and being mediated (a mediator may or may not be appointed yet). */
  ACCEPTED,
  NOT_ACCEPTED,
  /** Ended with an agreement; judicial confirmation and performance may follow. */
  AGREED,
  NO_AGREEMENT,
  WITHDRAWN;

  /** The steps that move a case; the others (mediator, sessions, confirmation) leave it. */
  private static final Map<Class<? extends StepEvent>, CommercialMediationState> MOVES =
      Map.ofEntries(
          entry(CommercialMediationAcceptedEvent.class, ACCEPTED),
          entry(CommercialMediationNotAcceptedEvent.class, NOT_ACCEPTED),
          entry(CommercialMediationAgreementSignedEvent.class, AGREED),
          entry(CommercialMediationEndedWithoutAgreementEvent.class, NO_AGREEMENT),
          entry(CommercialMediationWithdrawnEvent.class, WITHDRAWN));

  /** Where a case in this state stands after the step. */
  CommercialMediationState after(StepEvent step) {
    return MOVES.getOrDefault(step.getClass(), this);
  }
}
