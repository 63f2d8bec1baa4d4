package org.disputeregistry.command.reconsideration;

import static java.util.Map.entry;

import java.util.Map;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationDismissedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionRequestedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDecidedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDeemedAbandonedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationMediationAgreementEffectiveEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationNotAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationRedirectedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationResumedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationSuspendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTerminatedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationWithdrawnEvent;

/** Where a reconsideration case stands; the last four take no more steps. */
enum ReconsiderationState {
  RECEIVED,
  AWAITING_CORRECTION,
  UNDER_REVIEW,
  SUSPENDED,
  /** Closed (审结) by its ending step: agreement, withdrawal, termination, decision, dismissal. */
  CLOSED,
  NOT_ACCEPTED,
  REDIRECTED,
  ABANDONED;

  /** The steps that move a case; the others (activities, extension, conversion) leave it. */
  private static final Map<Class<? extends StepEvent>, ReconsiderationState> MOVES =
      Map.ofEntries(
          entry(ReconsiderationCorrectionRequestedEvent.class, AWAITING_CORRECTION),
          entry(ReconsiderationCorrectionReceivedEvent.class, RECEIVED),
          entry(ReconsiderationDeemedAbandonedEvent.class, ABANDONED),
          entry(ReconsiderationAcceptedEvent.class, UNDER_REVIEW),
          entry(ReconsiderationNotAcceptedEvent.class, NOT_ACCEPTED),
          entry(ReconsiderationRedirectedEvent.class, REDIRECTED),
          entry(ReconsiderationSuspendedEvent.class, SUSPENDED),
          entry(ReconsiderationResumedEvent.class, UNDER_REVIEW),
          entry(ReconsiderationMediationAgreementEffectiveEvent.class, CLOSED),
          entry(ReconsiderationWithdrawnEvent.class, CLOSED),
          entry(ReconsiderationTerminatedEvent.class, CLOSED),
          entry(ReconsiderationDecidedEvent.class, CLOSED),
          entry(ReconsiderationApplicationDismissedEvent.class, CLOSED));

  /** Where a case in this state stands after the step. */
  ReconsiderationState after(StepEvent step) {
    return MOVES.getOrDefault(step.getClass(), this);
  }
}
