package org.disputeregistry.command.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.disputeregistry.statutory.calendar.CalendarYear;
import org.disputeregistry.statutory.calendar.StatutoryCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code statutoryCalendar}: next year's notice, present or not. From 1 October
 * on (the notices come out in the autumn or early winter, and a 60-day period started in November
 * ends next year) a missing year is a {@code warning} detail beside status UP, naming the year and
 * how to add it, and one WARN line at start: the service stays ready, since only the steps whose
 * periods end next year are refused; an operator's alert reads the detail.
 */
@Component
class StatutoryCalendarHealthIndicator implements HealthIndicator {

  private static final Logger LOG = LoggerFactory.getLogger(StatutoryCalendarHealthIndicator.class);

  /** The day from which a missing next year is worth a warning. */
  static final MonthDay WARN_FROM = MonthDay.of(10, 1);

  private final Clock clock;
  private final StatutoryCalendar calendar = StatutoryCalendar.standard();

  StatutoryCalendarHealthIndicator(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Health health() {
    int nextYear = LocalDate.now(clock).getYear() + 1;
    Optional<CalendarYear> held = calendar.held(nextYear);
    Health.Builder health = Health.up().withDetail("nextYear", nextYear);
    if (held.isPresent()) {
      return health
          .withDetail("notice", held.get().notice())
          .withDetail("published", held.get().published().toString())
          .build();
    }
    health.withDetail("notice", "absent");
    return warning().map(text -> health.withDetail("warning", text)).orElse(health).build();
  }

  /** Once at start, in the window: the same words as the health detail. */
  @EventListener(ApplicationReadyEvent.class)
  void warnAtStart() {
    warning().ifPresent(LOG::warn);
  }

  /** The warning, from 1 October while next year's notice is missing. */
  Optional<String> warning() {
    LocalDate today = LocalDate.now(clock);
    int nextYear = today.getYear() + 1;
    if (MonthDay.from(today).isBefore(WARN_FROM) || calendar.held(nextYear).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        "No statutory calendar for "
            + nextYear
            + ": steps whose periods end in "
            + nextYear
            + " are refused (NO_CALENDAR_FOR_YEAR). Add the State Council's notice for "
            + nextYear
            + " as "
            + nextYear
            + ".json in the directory "
            + StatutoryCalendar.DIRECTORY
            + " names and restart the command service, or release it with the file (see"
            + " docs/time-limits.md, The statutory calendar).");
  }
}
