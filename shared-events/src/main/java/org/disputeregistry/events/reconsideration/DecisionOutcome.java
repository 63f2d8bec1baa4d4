package org.disputeregistry.events.reconsideration;

/** What a reconsideration decision (决定) did to the contested act. */
public enum DecisionOutcome {
  VARIED,
  REVOKED,
  PARTLY_REVOKED,
  CONFIRMED_ILLEGAL,
  ORDERED_TO_PERFORM,
  CONFIRMED_INVALID,
  UPHELD,
  CLAIM_REJECTED
}
