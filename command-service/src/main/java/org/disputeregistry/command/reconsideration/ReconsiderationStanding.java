package org.disputeregistry.command.reconsideration;

import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCopySentToRespondentEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionRequestedEvent;
import org.disputeregistry.statutory.law.ReconsiderationLaw;

/**
 * What the rules of the next step read of a reconsideration case: its state, whether a correction
 * was already requested and the copy of the application sent, once accepted its decision clock
 * (procedure, extension), and the law in force on its receipt date. The case and its view evolve it
 * from the same events ({@link #after}), so both judge a step alike.
 *
 * @param decision null until the case is accepted
 */
record ReconsiderationStanding(
    ReconsiderationState state,
    boolean correctionRequested,
    boolean copySent,
    DecisionClock decision,
    ReconsiderationLaw law) {

  static ReconsiderationStanding received(ReconsiderationLaw law) {
    return new ReconsiderationStanding(ReconsiderationState.RECEIVED, false, false, null, law);
  }

  ReconsiderationStanding after(StepEvent step) {
    DecisionClock clock = decision == null ? null : decision.after(step, law);
    if (step instanceof ReconsiderationAcceptedEvent accepted) {
      clock = DecisionClock.accepted(accepted, law);
    }
    return new ReconsiderationStanding(
        state.after(step),
        correctionRequested || step instanceof ReconsiderationCorrectionRequestedEvent,
        copySent || step instanceof ReconsiderationCopySentToRespondentEvent,
        clock,
        law);
  }
}
