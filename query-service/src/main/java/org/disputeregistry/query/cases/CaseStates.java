package org.disputeregistry.query.cases;

/**
 * The states of the case types as the command side names them (its aggregates' states, which the
 * case API answers): the summary shows where a case stands in the same words. Which step moves a
 * case where is {@link SummarySteps}.
 */
final class CaseStates {

  private CaseStates() {}

  enum Reconsideration {
    RECEIVED,
    AWAITING_CORRECTION,
    UNDER_REVIEW,
    SUSPENDED,
    CLOSED,
    NOT_ACCEPTED,
    REDIRECTED,
    ABANDONED
  }

  enum CommercialMediation {
    RECEIVED,
    ACCEPTED,
    NOT_ACCEPTED,
    AGREED,
    NO_AGREEMENT,
    WITHDRAWN
  }

  enum Petition {
    REGISTERED,
    ACCEPTED,
    NOT_ACCEPTED,
    REDIRECTED,
    REPLIED,
    UNDER_REVIEW,
    REVIEWED,
    UNDER_RE_REVIEW,
    CONCLUDED
  }
}
