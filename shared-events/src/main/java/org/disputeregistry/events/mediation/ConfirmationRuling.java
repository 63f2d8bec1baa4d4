package org.disputeregistry.events.mediation;

/** A court's ruling on a mediation agreement submitted for judicial confirmation. */
public enum ConfirmationRuling {
  VALID,
  INVALID
}
