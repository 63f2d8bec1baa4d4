package org.disputeregistry.statutory.law;

import static org.disputeregistry.statutory.law.StatutoryPeriod.calendarDays;

import java.time.LocalDate;

/**
 * The regulation a petition follows: the one in force on the day it was registered. Both count
 * calendar days (run to the next working day when they end on a rest day, 民法典 Art. 203) and set the
 * same lengths; the articles differ.
 */
public enum PetitionRegulation {
  /** 信访条例 (State Council, 2005), for petitions registered before 2022-05-01. */
  XINFANG_2005("信访条例 (2005)"),
  /** 信访工作条例 (2022), in force from 2022-05-01. */
  XINFANG_WORK_2022("信访工作条例 (2022)");

  /** The first registration date the 2022 regulation governs. */
  public static final LocalDate WORK_REGULATION_IN_FORCE = LocalDate.of(2022, 5, 1);

  private final String title;

  PetitionRegulation(String title) {
    this.title = title;
  }

  public static PetitionRegulation inForceOn(LocalDate registeredOn) {
    return registeredOn.isBefore(WORK_REGULATION_IN_FORCE) ? XINFANG_2005 : XINFANG_WORK_2022;
  }

  public String title() {
    return title;
  }

  /** Whether the petition is accepted, told to the petitioner after registration. */
  public StatutoryPeriod acceptance() {
    return calendarDays(15, article(22, 29));
  }

  /** The reply after acceptance, extensible once by at most 30 days. */
  public StatutoryPeriod reply() {
    return calendarDays(60, article(33, 34)).extensibleBy(30);
  }

  /** A review (复查) is asked for after the reply, and a re-review (复核) after the review. */
  public StatutoryPeriod reviewRequest() {
    return calendarDays(30, article(34, 35));
  }

  /** The review is decided after it was asked for. */
  public StatutoryPeriod reviewDecision() {
    return calendarDays(30, article(34, 35));
  }

  /** A re-review is asked for after the review's decision. */
  public StatutoryPeriod reReviewRequest() {
    return calendarDays(30, article(35, 36));
  }

  /** The re-review is decided after it was asked for. */
  public StatutoryPeriod reReviewDecision() {
    return calendarDays(30, article(35, 36));
  }

  private String article(int in2005, int in2022) {
    return title + " Art. " + (this == XINFANG_2005 ? in2005 : in2022);
  }
}
