package org.disputeregistry.events.reconsideration;

/**
 * Who applied. Only the kind is recorded in events: identities of applicants are personal data
 * (PIPL) and an event store cannot forget them.
 */
public enum ApplicantKind {
  PERSON,
  ENTERPRISE,
  OTHER_ORGANISATION
}
