package org.disputeregistry.workbench.dashboard;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The months of the asked period, each clipped to it: the trend asks the API for each month's
 * figures as a period of its own ({@code from}, {@code to}), so every point is an answer of the
 * API, never a sum made here. The statistics API has no breakdown by month.
 */
final class Months {

  /** A longer period has no monthly trend: a chart of more months is unreadable at 1366 px. */
  static final int MAX = 24;

  record Month(YearMonth month, LocalDate from, LocalDate to) {}

  private Months() {}

  /**
   * Empty when the form's period is not readable (the API says why) or longer than {@link #MAX}.
   */
  static Optional<List<Month>> of(DashboardForm form) {
    LocalDate from;
    LocalDate to;
    try {
      if (form.isPeriod()) {
        from = LocalDate.parse(form.getFrom());
        to = LocalDate.parse(form.getTo());
      } else {
        int year = Integer.parseInt(form.getYear());
        from = LocalDate.of(year, 1, 1);
        to = LocalDate.of(year, 12, 31);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    if (to.isBefore(from)) {
      return Optional.empty();
    }
    List<Month> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      if (months.size() == MAX) {
        return Optional.empty();
      }
      LocalDate start = m.atDay(1).isBefore(from) ? from : m.atDay(1);
      LocalDate end = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
      months.add(new Month(m, start, end));
    }
    return Optional.of(months);
  }
}
