package org.disputeregistry.command.reconsideration;

import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCopySentToRespondentEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionRequestedEvent;
import org.disputeregistry.statutory.law.ReconsiderationLaw;

/**
 * What the rules of the next step read of a reconsideration case: its state, its review period, its
 * correction period once requested, whether the copy of the application was sent, once accepted its
 * decision clock (procedure, extension), and the law in force on its receipt date. The case and its
 * view evolve it from the same events ({@link #after}), so both judge a step alike.
 *
 * @param review the review of the application, or of its completion
 * @param correction null until a correction is requested
 * @param decision null until the case is accepted
 */
record ReconsiderationStanding(
    ReconsiderationState state,
    ReviewPeriod review,
    CorrectionPeriod correction,
    boolean copySent,
    DecisionClock decision,
    ReconsiderationLaw law) {

  static ReconsiderationStanding received(ReconsiderationApplicationReceivedEvent application) {
    return new ReconsiderationStanding(
        ReconsiderationState.RECEIVED,
        new ReviewPeriod(application.receivedOn(), application.reviewDueOn()),
        null,
        false,
        null,
        ReconsiderationLaw.inForceOn(application.receivedOn()));
  }

  boolean correctionRequested() {
    return correction != null;
  }

  ReconsiderationStanding after(StepEvent step) {
    ReviewPeriod reviewed = review;
    CorrectionPeriod corrected = correction == null ? null : correction.after(step);
    DecisionClock clock = decision == null ? null : decision.after(step, law);
    if (step instanceof ReconsiderationCorrectionRequestedEvent requested) {
      corrected = CorrectionPeriod.requested(requested, law);
    } else if (step instanceof ReconsiderationCorrectionReceivedEvent completed) {
      reviewed = new ReviewPeriod(completed.receivedOn(), completed.reviewDueOn());
    } else if (step instanceof ReconsiderationAcceptedEvent accepted) {
      clock = DecisionClock.accepted(accepted, review, law);
    }
    return new ReconsiderationStanding(
        state.after(step),
        reviewed,
        corrected,
        copySent || step instanceof ReconsiderationCopySentToRespondentEvent,
        clock,
        law);
  }
}
