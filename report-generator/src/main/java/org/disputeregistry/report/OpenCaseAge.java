package org.disputeregistry.report;

import java.time.LocalDate;

/**
 * How long a case has been open at a day (账龄), in calendar months back from the day: a case
 * received on or after the day {@code months} back is at most that old (a month before 31 March is
 * 28 or 29 February). The columns of the ageing table of open cases.
 */
public enum OpenCaseAge {
  UP_TO_1_MONTH(1, "1个月以内", "Up to 1 month"),
  MONTHS_1_TO_3(3, "1至3个月", "1 to 3 months"),
  MONTHS_3_TO_6(6, "3至6个月", "3 to 6 months"),
  MONTHS_6_TO_12(12, "6至12个月", "6 to 12 months"),
  OVER_1_YEAR(0, "1年以上", "Over 1 year");

  private final int months;
  public final String zh;
  public final String en;

  OpenCaseAge(int months, String zh, String en) {
    this.months = months;
    this.zh = zh;
    this.en = en;
  }

  /** The earliest receipt day of this age at {@code day}; null for the oldest, unbounded. */
  public LocalDate receivedFrom(LocalDate day) {
    return months == 0 ? null : day.minusMonths(months);
  }

  /** The latest receipt day of this age at {@code day}. */
  public LocalDate receivedTo(LocalDate day) {
    return ordinal() == 0 ? day : values()[ordinal() - 1].receivedFrom(day).minusDays(1);
  }
}
