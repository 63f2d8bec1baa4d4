package org.disputeregistry.events.reconsideration;

/** The kind of administrative act whose review is applied for. */
public enum AdministrativeActKind {
  PENALTY,
  COMPULSORY_MEASURE,
  ENFORCEMENT,
  LICENSING,
  INFORMATION_DISCLOSURE,
  FAILURE_TO_ACT,
  LEVY_OR_CHARGE,
  EXPROPRIATION_OR_COMPENSATION,
  WORK_INJURY_DETERMINATION,
  REGISTRATION,
  OTHER
}
