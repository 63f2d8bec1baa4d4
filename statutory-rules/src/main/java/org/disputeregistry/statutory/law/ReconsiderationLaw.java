package org.disputeregistry.statutory.law;

import static org.disputeregistry.statutory.law.StatutoryPeriod.calendarDays;
import static org.disputeregistry.statutory.law.StatutoryPeriod.workingDays;

import java.time.LocalDate;
import org.disputeregistry.events.reconsideration.DecisionOutcome;
import org.disputeregistry.events.reconsideration.Procedure;

/**
 * The Administrative Reconsideration Law (行政复议法) in the version that governs a case: the one in
 * force on the date its application was received. The 2023 revision counts its 3, 5, 7 and 10 day
 * periods in working days (Art. 88); the earlier law only its 5 and 7 day periods (Art. 40). Longer
 * periods are calendar days, run to the next working day when they end on a rest day (民事诉讼法 Art.
 * 85, to which both laws refer).
 */
public enum ReconsiderationLaw {
  /** 行政复议法 (1999, amended 2009 and 2017) and 行政复议法实施条例 (2007): before 2024-01-01. */
  AMENDED_2017("行政复议法 (1999, amended 2017); 实施条例 (2007)"),
  /** 行政复议法 as revised 2023-09-01, for applications received from 2024-01-01 (Art. 90). */
  REVISED_2023("行政复议法 (revised 2023)");

  /** The first receipt date the 2023 revision governs. */
  public static final LocalDate REVISION_2023_IN_FORCE = LocalDate.of(2024, 1, 1);

  private final String title;

  ReconsiderationLaw(String title) {
    this.title = title;
  }

  public static ReconsiderationLaw inForceOn(LocalDate receivedOn) {
    return receivedOn.isBefore(REVISION_2023_IN_FORCE) ? AMENDED_2017 : REVISED_2023;
  }

  public String title() {
    return title;
  }

  /** The office examines a received application and accepts it or not. */
  public StatutoryPeriod review() {
    return switch (this) {
      case AMENDED_2017 -> workingDays(5, "行政复议法 (2017) Art. 17, Art. 40");
      case REVISED_2023 -> workingDays(5, "行政复议法 (2023) Art. 30, Art. 88");
    };
  }

  /**
   * The applicant completes the application after the office asked for it. The regulation of 2007
   * leaves the period to the notice ("a reasonable period"); the registry counts 10 calendar days
   * for it, the period the 2023 revision then fixed. The 2023 revision lets the office extend it
   * for a good reason ("有正当理由不能按期补正的，行政复议机构可以延长合理的补正期限", Art. 31) without saying by how much: the
   * registry allows one extension of at most 10 working days, the period once more.
   */
  public StatutoryPeriod correction() {
    return switch (this) {
      case AMENDED_2017 -> calendarDays(10, "行政复议法实施条例 (2007) Art. 29");
      case REVISED_2023 -> workingDays(10, "行政复议法 (2023) Art. 31, Art. 88").extensibleBy(10);
    };
  }

  /** Whether the office may extend the correction period (2023 Art. 31; the earlier law: no). */
  public boolean correctionExtensible() {
    return correction().maxExtensionDays() > 0;
  }

  /** The article that lets the correction period be extended. */
  public static final String CORRECTION_EXTENSION_SOURCE = "行政复议法 (2023) Art. 31";

  /**
   * The day an application that the office neither refused nor sent elsewhere within its review
   * period counts as accepted (视为受理), from which the decision's and the copy's periods run. 2023
   * Art. 30: "审查期限届满之日起视为受理", the last day of the review period. 2017 Art. 17: "自…收到之日起即为受理", the
   * day the (completed) application was received; the time a correction took does not count (实施条例
   * Art. 29).
   *
   * @param reviewStartedOn the day the application, or its completion, was received
   * @param reviewDueOn the last day of the review period started then
   */
  public LocalDate deemedAcceptedOn(LocalDate reviewStartedOn, LocalDate reviewDueOn) {
    return this == REVISED_2023 ? reviewDueOn : reviewStartedOn;
  }

  /** The article that says from when an application not refused in time counts as accepted. */
  public String deemedAcceptanceSource() {
    return this == REVISED_2023 ? "行政复议法 (2023) Art. 30" : "行政复议法 (2017) Art. 17";
  }

  /** The copy of the application goes to the respondent after acceptance. */
  public StatutoryPeriod copyToRespondent(Procedure procedure) {
    requireProvided(procedure);
    return switch (this) {
      case AMENDED_2017 -> workingDays(7, "行政复议法 (2017) Art. 23, Art. 40");
      case REVISED_2023 ->
          procedure == Procedure.SIMPLIFIED
              ? workingDays(3, "行政复议法 (2023) Art. 54, Art. 88")
              : workingDays(7, "行政复议法 (2023) Art. 48, Art. 88");
    };
  }

  /** The respondent replies after it received the copy. */
  public StatutoryPeriod respondentReply(Procedure procedure) {
    requireProvided(procedure);
    return switch (this) {
      case AMENDED_2017 -> calendarDays(10, "行政复议法 (2017) Art. 23");
      case REVISED_2023 ->
          procedure == Procedure.SIMPLIFIED
              ? workingDays(5, "行政复议法 (2023) Art. 54, Art. 88")
              : workingDays(10, "行政复议法 (2023) Art. 48, Art. 88");
    };
  }

  /** Whether this version has the procedure: the simplified one exists from the 2023 revision. */
  public boolean provides(Procedure procedure) {
    return procedure == Procedure.ORDINARY || this == REVISED_2023;
  }

  /** The article that provides the procedure (or, for the earlier law, says nothing of it). */
  public String sourceOf(Procedure procedure) {
    return procedure == Procedure.SIMPLIFIED
        ? "行政复议法 (2023) Art. 53"
        : this == REVISED_2023 ? "行政复议法 (2023) Art. 62" : "行政复议法 (2017) Art. 31";
  }

  /**
   * The decision is made after acceptance: ordinary 60 days, extensible once by at most 30 with the
   * approval of the office's head; simplified (2023 only) 30 days, not extensible.
   */
  public StatutoryPeriod decision(Procedure procedure) {
    requireProvided(procedure);
    return switch (this) {
      case AMENDED_2017 -> calendarDays(60, "行政复议法 (2017) Art. 31").extensibleBy(30);
      case REVISED_2023 ->
          procedure == Procedure.SIMPLIFIED
              ? calendarDays(30, "行政复议法 (2023) Art. 62")
              : calendarDays(60, "行政复议法 (2023) Art. 62").extensibleBy(30);
    };
  }

  /**
   * Whether this version has the decision: confirming an act invalid (确认无效) exists from the 2023
   * revision (Art. 67); rejecting a claim of failure to act was, before it, a rejection of the
   * application (实施条例 Art. 48).
   */
  public boolean provides(DecisionOutcome outcome) {
    return outcome != DecisionOutcome.CONFIRMED_INVALID || this == REVISED_2023;
  }

  /** The article of a decision of this version. */
  public String sourceOf(DecisionOutcome outcome) {
    if (this == AMENDED_2017) {
      return switch (outcome) {
        case UPHELD -> "行政复议法 (2017) Art. 28(1)";
        case ORDERED_TO_PERFORM -> "行政复议法 (2017) Art. 28(2)";
        case VARIED, REVOKED, PARTLY_REVOKED, CONFIRMED_ILLEGAL -> "行政复议法 (2017) Art. 28(3)";
        case CLAIM_REJECTED -> "行政复议法实施条例 (2007) Art. 48(1)";
        case CONFIRMED_INVALID -> "行政复议法 (2023) Art. 67";
      };
    }
    return switch (outcome) {
      case VARIED -> "行政复议法 (2023) Art. 63";
      case REVOKED, PARTLY_REVOKED -> "行政复议法 (2023) Art. 64";
      case CONFIRMED_ILLEGAL -> "行政复议法 (2023) Art. 65";
      case ORDERED_TO_PERFORM -> "行政复议法 (2023) Art. 66";
      case CONFIRMED_INVALID -> "行政复议法 (2023) Art. 67";
      case UPHELD -> "行政复议法 (2023) Art. 68";
      case CLAIM_REJECTED -> "行政复议法 (2023) Art. 69";
    };
  }

  /** Which cases may be mediated. */
  public MediationScope mediationScope() {
    return this == REVISED_2023
        ? MediationScope.EVERY_CASE
        : MediationScope.DISCRETION_OR_COMPENSATION;
  }

  private void requireProvided(Procedure procedure) {
    if (!provides(procedure)) {
      throw new IllegalArgumentException(
          title + " has no " + procedure + " procedure (" + sourceOf(procedure) + ")");
    }
  }
}
