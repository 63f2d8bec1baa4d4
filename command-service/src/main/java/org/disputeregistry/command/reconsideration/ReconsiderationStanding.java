package org.disputeregistry.command.reconsideration;

import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionRequestedEvent;

/**
 * What the rules of the next step read of a reconsideration case: its state, whether a correction
 * was already requested, and once accepted its decision clock (procedure, extension). The case and
 * its view evolve it from the same events ({@link #after}), so both judge a step alike.
 *
 * @param decision null until the case is accepted
 */
record ReconsiderationStanding(
    ReconsiderationState state, boolean correctionRequested, DecisionClock decision) {

  static ReconsiderationStanding received() {
    return new ReconsiderationStanding(ReconsiderationState.RECEIVED, false, null);
  }

  ReconsiderationStanding after(StepEvent step) {
    DecisionClock clock = decision == null ? null : decision.after(step);
    if (step instanceof ReconsiderationAcceptedEvent accepted) {
      clock = DecisionClock.accepted(accepted);
    }
    return new ReconsiderationStanding(
        state.after(step),
        correctionRequested || step instanceof ReconsiderationCorrectionRequestedEvent,
        clock);
  }
}
