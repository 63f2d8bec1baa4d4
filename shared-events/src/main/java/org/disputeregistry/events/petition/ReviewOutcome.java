package org.disputeregistry.events.petition;

/** What a review (复查) or re-review (复核) did to the earlier answer. */
public enum ReviewOutcome {
  UPHELD,
  CHANGED
}
