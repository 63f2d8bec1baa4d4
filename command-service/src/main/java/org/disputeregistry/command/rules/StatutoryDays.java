package org.disputeregistry.command.rules;

/**
 * The statutory time limits, in calendar days, that the cases compute their due dates from. Kept
 * together so that a change of the law is one edit.
 */
public final class StatutoryDays {

  /** 行政复议法 (2023): the office reviews a received application within 5 days. */
  public static final int RECONSIDERATION_REVIEW = 5;

  /** the applicant completes the application within 10 days of the request. */
  public static final int RECONSIDERATION_CORRECTION = 10;

  /** a decision within 60 days of acceptance (ordinary procedure). */
  public static final int RECONSIDERATION_ORDINARY = 60;

  /** a decision within 30 days of acceptance (simplified procedure). */
  public static final int RECONSIDERATION_SIMPLIFIED = 30;

  /** 信访工作条例 (2022): a petition is accepted or refused within 15 days. */
  public static final int PETITION_ACCEPTANCE = 15;

  /** a reply within 60 days of acceptance. */
  public static final int PETITION_REPLY = 60;

  /** review (复查) and re-review (复核) are asked for within 30 days. */
  public static final int PETITION_REVIEW_REQUEST = 30;

  /** review and re-review are decided within 30 days. */
  public static final int PETITION_REVIEW_DECISION = 30;

  private StatutoryDays() {}
}
