package org.disputeregistry.statutory.law;

import java.time.LocalDate;
import org.disputeregistry.statutory.calendar.StatutoryCalendar;

/**
 * A period a law sets for a step, counted from the day after its start, and the article that sets
 * it.
 *
 * @param maxExtensionDays how many days the law (or the registry's reading of it) lets it be
 *     extended by, once, counted as the period counts its days; 0 if never
 * @param source the law and article, e.g. "行政复议法 (2023) Art. 30, Art. 88"
 */
public record StatutoryPeriod(int days, DayCount count, int maxExtensionDays, String source) {

  static StatutoryPeriod workingDays(int days, String source) {
    return new StatutoryPeriod(days, DayCount.WORKING_DAYS, 0, source);
  }

  static StatutoryPeriod calendarDays(int days, String source) {
    return new StatutoryPeriod(days, DayCount.CALENDAR_DAYS, 0, source);
  }

  StatutoryPeriod extensibleBy(int extensionDays) {
    return new StatutoryPeriod(days, count, extensionDays, source);
  }

  /** Its last day from {@code start} on the statutory calendar. */
  public LocalDate dueOn(LocalDate start) {
    return dueOn(start, 0);
  }

  /**
   * Its last day when {@code extraDays} are added (an extension, days the clock stood still),
   * counted as the period counts its days: a period of working days takes only an extension of
   * working days (the correction period of 2023, Art. 31), never stopped days.
   */
  public LocalDate dueOn(LocalDate start, int extraDays) {
    StatutoryCalendar calendar = StatutoryCalendar.standard();
    if (count == DayCount.WORKING_DAYS) {
      if (extraDays > maxExtensionDays) {
        throw new IllegalArgumentException(
            source + ": a period of working days takes at most its extension's days");
      }
      return calendar.workingDaysAfter(start, days + extraDays);
    }
    return calendar.calendarDaysAfter(start, days + extraDays);
  }

  @Override
  public String toString() {
    return days
        + (count == DayCount.WORKING_DAYS ? " working days" : " days")
        + " ("
        + source
        + ")";
  }
}
