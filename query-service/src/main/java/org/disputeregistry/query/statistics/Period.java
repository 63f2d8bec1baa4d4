package org.disputeregistry.query.statistics;

import java.time.LocalDate;

/**
 * The business dates a statistic counts: a calendar year, or a range of days (both ends included).
 */
public record Period(LocalDate from, LocalDate to) {

  static final int EARLIEST_YEAR = 1990;
  static final int LATEST_YEAR = 2100;

  /**
   * The same period {@code years} earlier, the one definition of "the same period a year earlier"
   * (同期): each end moves back by whole years ({@link #earlier(LocalDate, int)}), so a year gives
   * the year before, a month the same month, a quarter the same quarter, a range the same days.
   */
  public Period earlier(int years) {
    return new Period(earlier(from, years), earlier(to, years));
  }

  /**
   * A day {@code years} earlier. The last day of a month goes to the last day of the same month, so
   * that a month or quarter ending on 29 February 2024 compares with one ending on 28 February 2023
   * and one ending on 28 February 2025 with one ending on 29 February 2024; any other day keeps its
   * month and day. An as-of date moves the same way.
   */
  public static LocalDate earlier(LocalDate day, int years) {
    LocalDate moved = day.minusYears(years);
    return day.getDayOfMonth() == day.lengthOfMonth()
        ? moved.withDayOfMonth(moved.lengthOfMonth())
        : moved;
  }

  public static Period ofYear(int year) {
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * A year as a request gives it, within the years every statistic takes.
   *
   * @throws StatisticsRequestException naming {@code year}
   */
  public static int year(String year) {
    try {
      return of(Integer.valueOf(year), null, null).from().getYear();
    } catch (NumberFormatException e) {
      throw new StatisticsRequestException("year", "year must be a whole number");
    }
  }

  /**
   * From request parameters: {@code year}, or {@code from} and {@code to}.
   *
   * @throws StatisticsRequestException naming the parameter at fault
   */
  public static Period of(Integer year, LocalDate from, LocalDate to) {
    if (year != null) {
      if (from != null || to != null) {
        throw new StatisticsRequestException("year", "Give either year or from and to, not both");
      }
      if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
        throw new StatisticsRequestException(
            "year", "year must lie between " + EARLIEST_YEAR + " and " + LATEST_YEAR);
      }
      return ofYear(year);
    }
    if (from == null || to == null) {
      throw new StatisticsRequestException(
          from == null ? "from" : "to", "Give a year, or both from and to (yyyy-MM-dd)");
    }
    if (to.isBefore(from)) {
      throw new StatisticsRequestException("to", "to " + to + " is before from " + from);
    }
    if (from.getYear() < EARLIEST_YEAR || to.getYear() > LATEST_YEAR) {
      throw new StatisticsRequestException(
          "from", "dates must lie between " + EARLIEST_YEAR + " and " + LATEST_YEAR);
    }
    return new Period(from, to);
  }
}
