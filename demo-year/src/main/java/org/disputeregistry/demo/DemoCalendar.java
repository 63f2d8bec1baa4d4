package org.disputeregistry.demo;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.disputeregistry.statutory.calendar.StatutoryCalendar;

/**
 * Working days of a year on the statutory calendar (the State Council's holidays and make-up
 * working days, e.g. 2023's Saturday 01-28 is worked and Monday 01-02 is not), and random dates
 * weighted by month the way case loads vary.
 */
final class DemoCalendar {

  private static final StatutoryCalendar STATUTORY = StatutoryCalendar.standard();

  /** Fewer cases around the Spring Festival (Feb) and in the summer and National Day weeks. */
  private static final double[] MONTH_WEIGHT = {
    0.9, 0.6, 1.0, 1.0, 1.05, 1.0, 0.95, 0.95, 1.05, 0.85, 1.1, 1.15
  };

  private final List<List<LocalDate>> workingDaysByMonth = new ArrayList<>();

  DemoCalendar(int year) {
    for (Month month : Month.values()) {
      List<LocalDate> days = new ArrayList<>();
      for (LocalDate d = LocalDate.of(year, month, 1); d.getMonth() == month; d = d.plusDays(1)) {
        if (STATUTORY.isWorkingDay(d)) {
          days.add(d);
        }
      }
      workingDaysByMonth.add(days);
    }
  }

  List<LocalDate> workingDays() {
    return workingDaysByMonth.stream().flatMap(List::stream).toList();
  }

  /** A working day, months weighted by their usual load. */
  LocalDate workingDay(Random random) {
    return workingDayIn(random, 1, 12);
  }

  /** A working day in the months {@code first}..{@code last} (1-based, inclusive). */
  LocalDate workingDayIn(Random random, int first, int last) {
    double total = 0;
    for (int m = first; m <= last; m++) {
      total += MONTH_WEIGHT[m - 1];
    }
    double pick = random.nextDouble() * total;
    int month = first;
    while (month < last && pick >= MONTH_WEIGHT[month - 1]) {
      pick -= MONTH_WEIGHT[month - 1];
      month++;
    }
    List<LocalDate> days = workingDaysByMonth.get(month - 1);
    return days.get(random.nextInt(days.size()));
  }

  /** The next working day on or after {@code day}. */
  static LocalDate onOrAfter(LocalDate day) {
    return STATUTORY.workingDayOnOrAfter(day);
  }
}
