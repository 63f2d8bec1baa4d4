package org.disputeregistry.command.reconsideration;

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
  ABANDONED
}
