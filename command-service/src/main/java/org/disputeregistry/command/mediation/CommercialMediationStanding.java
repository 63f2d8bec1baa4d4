package org.disputeregistry.command.mediation;

import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.mediation.CommercialMediationAgreementPerformedEvent;
import org.disputeregistry.events.mediation.CommercialMediationJudicialConfirmationAppliedEvent;
import org.disputeregistry.events.mediation.CommercialMediationJudicialConfirmationRuledEvent;
import org.disputeregistry.events.mediation.CommercialMediationMediatorAppointedEvent;
import org.disputeregistry.events.mediation.CommercialMediationMediatorRecusedEvent;
import org.disputeregistry.events.mediation.Performance;

/**
 * What the rules of the next step read of a commercial mediation case: its state, its appointed
 * mediator, how far judicial confirmation and performance went. The case and its view evolve it
 * from the same events ({@link #after}), so both judge a step alike.
 *
 * @param mediator null while none is appointed
 * @param confirmation null until judicial confirmation is applied for
 * @param performance null until a performance is recorded
 */
record CommercialMediationStanding(
    CommercialMediationState state,
    String mediator,
    JudicialConfirmation confirmation,
    Performance performance) {

  static CommercialMediationStanding received() {
    return new CommercialMediationStanding(CommercialMediationState.RECEIVED, null, null, null);
  }

  CommercialMediationStanding after(StepEvent step) {
    CommercialMediationState next = state.after(step);
    if (step instanceof CommercialMediationMediatorAppointedEvent appointed) {
      return new CommercialMediationStanding(next, appointed.mediator(), confirmation, performance);
    }
    if (step instanceof CommercialMediationMediatorRecusedEvent) {
      return new CommercialMediationStanding(next, null, confirmation, performance);
    }
    if (step instanceof CommercialMediationJudicialConfirmationAppliedEvent) {
      return new CommercialMediationStanding(
          next, mediator, JudicialConfirmation.APPLIED, performance);
    }
    if (step instanceof CommercialMediationJudicialConfirmationRuledEvent ruled) {
      return new CommercialMediationStanding(
          next, mediator, JudicialConfirmation.ruled(ruled.ruling()), performance);
    }
    if (step instanceof CommercialMediationAgreementPerformedEvent performed) {
      return new CommercialMediationStanding(next, mediator, confirmation, performed.performance());
    }
    return new CommercialMediationStanding(next, mediator, confirmation, performance);
  }
}
