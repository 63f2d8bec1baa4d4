package org.disputeregistry.events.servicecontact;

/** What a person came to a hall or station for. */
public enum ServiceContactKind {
  CONSULTATION,
  LEGAL_SERVICE,
  PSYCHOLOGICAL_SERVICE,
  VISIT_RECEPTION,
  MEDIATION,
  OTHER
}
