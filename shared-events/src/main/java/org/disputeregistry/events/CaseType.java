package org.disputeregistry.events;

/** The kinds of case the registry keeps; each has its own aggregate and statistics. */
public enum CaseType {
  RECONSIDERATION,
  COMMERCIAL_MEDIATION,
  PETITION,
  SERVICE_CONTACT
}
