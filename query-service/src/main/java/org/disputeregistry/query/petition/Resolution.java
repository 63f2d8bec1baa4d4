package org.disputeregistry.query.petition;

/** How a petition's handling concluded: the events say it by their type, the read model by this. */
public enum Resolution {
  RESOLVED,
  NOT_RESOLVED
}
