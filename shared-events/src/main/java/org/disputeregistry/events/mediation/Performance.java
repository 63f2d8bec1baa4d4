package org.disputeregistry.events.mediation;

/** How much of an agreement was performed. */
public enum Performance {
  FULLY,
  PARTLY
}
