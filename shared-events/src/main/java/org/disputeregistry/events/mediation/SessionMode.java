package org.disputeregistry.events.mediation;

/** How a mediation session was held. */
public enum SessionMode {
  IN_PERSON,
  ONLINE
}
