package org.disputeregistry.authserver.directory;

/** The roles of the registry, as they appear in the {@code roles} claim. */
public enum Role {
  RECONSIDERATION_OFFICER,
  MEDIATOR,
  PETITION_OFFICER,
  ANALYST,
  REPORT_GENERATOR,
  ADMIN
}
