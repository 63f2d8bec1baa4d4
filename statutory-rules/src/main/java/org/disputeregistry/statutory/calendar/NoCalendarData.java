package org.disputeregistry.statutory.calendar;

/**
 * A date falls in a year for which the registry holds no State Council holiday notice: whether it
 * is a working day cannot be known, so nothing is computed from it.
 */
public class NoCalendarData extends RuntimeException {

  private final int year;

  NoCalendarData(int year) {
    super(
        "No statutory calendar for "
            + year
            + ": the registry holds no State Council holiday notice for that year"
            + " (resource statutory-calendar/"
            + year
            + ".json; docs/time-limits.md says how to add one)");
    this.year = year;
  }

  public int year() {
    return year;
  }
}
