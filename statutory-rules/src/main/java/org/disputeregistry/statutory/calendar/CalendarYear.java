package org.disputeregistry.statutory.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One year's State Council notice: for each festival the days of its break (rest days, weekends
 * included) and the weekend days worked in exchange. Checked when built, so that a mistyped file
 * fails when it is read instead of moving a due date: every date in the year, each break in order,
 * every make-up working day a Saturday or Sunday, no date twice, and every statutory festival
 * present.
 *
 * @param note what a reader of the file should know beyond the notice (e.g. a later extension)
 */
public record CalendarYear(
    int year, String notice, LocalDate published, String note, List<Break> breaks) {

  /** The festivals every notice arranges (全国年节及纪念日放假办法). */
  static final List<String> FESTIVALS = List.of("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");

  /** A festival's break: rest from..to (inclusive), and the weekend days worked for it. */
  public record Break(
      String festival, LocalDate restFrom, LocalDate restTo, List<LocalDate> workingDays) {}

  public CalendarYear {
    breaks = List.copyOf(breaks);
    Set<LocalDate> seen = new HashSet<>();
    for (Break festivalBreak : breaks) {
      String what = year + " " + festivalBreak.festival();
      if (festivalBreak.restTo().isBefore(festivalBreak.restFrom())) {
        throw invalid(what + ": the break ends before it starts");
      }
      for (LocalDate day = festivalBreak.restFrom();
          !day.isAfter(festivalBreak.restTo());
          day = day.plusDays(1)) {
        requireOnce(year, what, day, seen);
      }
      for (LocalDate worked : festivalBreak.workingDays()) {
        requireOnce(year, what, worked, seen);
        if (!isWeekend(worked)) {
          throw invalid(what + ": make-up working day " + worked + " is not a Saturday or Sunday");
        }
      }
    }
    for (String festival : FESTIVALS) {
      if (breaks.stream().noneMatch(b -> b.festival().contains(festival))) {
        throw invalid(year + ": no break for " + festival);
      }
    }
  }

  /** A make-up day is worked; a day of a break is not; otherwise Monday to Friday are. */
  boolean isWorkingDay(LocalDate day) {
    for (Break festivalBreak : breaks) {
      if (festivalBreak.workingDays().contains(day)) {
        return true;
      }
      if (!day.isBefore(festivalBreak.restFrom()) && !day.isAfter(festivalBreak.restTo())) {
        return false;
      }
    }
    return !isWeekend(day);
  }

  private static void requireOnce(int year, String what, LocalDate day, Set<LocalDate> seen) {
    if (day.getYear() != year) {
      throw invalid(what + ": " + day + " is not in " + year);
    }
    if (!seen.add(day)) {
      throw invalid(what + ": " + day + " is listed twice");
    }
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static IllegalArgumentException invalid(String message) {
    return new IllegalArgumentException("Statutory calendar " + message);
  }
}
