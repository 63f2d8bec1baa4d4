package org.disputeregistry.events.reconsideration;

/** Why an applicant withdrew; a withdrawal for settlement (和解) counts as mediated. */
public enum WithdrawalReason {
  SETTLEMENT,
  RESPONDENT_CORRECTED_ACT,
  VOLUNTARY
}
