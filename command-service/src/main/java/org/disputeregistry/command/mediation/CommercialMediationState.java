package org.disputeregistry.command.mediation;

/** Where a commercial mediation case stands. */
enum CommercialMediationState {
  RECEIVED,
  /** Accepted and being mediated (a mediator may or may not be appointed yet). */
  ACCEPTED,
  NOT_ACCEPTED,
  /** Ended with an agreement; judicial confirmation and performance may follow. */
  AGREED,
  NO_AGREEMENT,
  WITHDRAWN
}
