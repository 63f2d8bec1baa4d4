package org.disputeregistry.command.reconsideration;

/** The one step that closed an accepted case. */
enum ReconsiderationEnding {
  MEDIATION_AGREEMENT,
  WITHDRAWAL,
  TERMINATION,
  DECISION,
  DISMISSAL
}
