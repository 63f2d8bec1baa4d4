package org.disputeregistry.statutory.law;

import java.time.LocalDate;
import org.disputeregistry.statutory.calendar.StatutoryCalendar;

/**
 * A period a law sets for a step, counted from the day after its start, and the article that sets
 * it.
 *
 * @param maxExtensionDays how many calendar days the law lets it be extended by, once; 0 if never
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
   * Its last day when {@code extraDays} calendar days are added (an extension, days the clock stood
   * still); only a period counted in calendar days takes them.
   */
  public LocalDate dueOn(LocalDate start, int extraDays) {
    StatutoryCalendar calendar = StatutoryCalendar.standard();
    if (count == DayCount.WORKING_DAYS) {
      if (extraDays != 0) {
        throw new IllegalArgumentException(
            source + ": a period of working days takes no extra days");
      }
      return calendar.workingDaysAfter(start, days);
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
