package org.disputeregistry.events;

/**
 * The explicit rows of a breakdown for cases whose value is not one of the reference data's codes:
 * never dropped, never split into spelling variants.
 */
public enum Unclassified {
  /** Not recorded: an event of a revision that did not carry the value yet. */
  UNKNOWN,
  /** Free text that matches no canonical name or alias of the directory. */
  UNMAPPED,
  /** The step that records the value has not happened (a petition not yet assigned). */
  NOT_ASSIGNED
}
