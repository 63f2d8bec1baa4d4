package org.disputeregistry.statutory.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.disputeregistry.events.RegistryJson;

/**
 * Working days and the arithmetic of statutory periods on them. A period starts the day after its
 * start date (民法典 Art. 201; 民事诉讼法 Art. 85). Counted in working days, it ends on the N-th working
 * day after the start; counted in calendar days, it ends N days after the start, and if that day is
 * a rest day, on the next working day (民法典 Art. 203; 民事诉讼法 Art. 85). Years are read when first
 * needed from {@code <year>.json} in the directory {@code REGISTRY_STATUTORY_CALENDAR_DIR} names,
 * if any (next year's notice, added by an operator without a new release), else from the registry's
 * own {@code statutory-calendar/<year>.json}; a date of a year without a file is refused with
 * {@link NoCalendarData}.
 */
public final class StatutoryCalendar {

  /** The environment variable (or system property) naming the operators' directory of years. */
  public static final String DIRECTORY = "REGISTRY_STATUTORY_CALENDAR_DIR";

  private static final StatutoryCalendar STANDARD =
      new StatutoryCalendar(year -> fromDirectory(directory(), year).or(() -> fromResource(year)));

  private final IntFunction<Optional<CalendarYear>> source;
  private final Map<Integer, CalendarYear> years = new ConcurrentHashMap<>();

  StatutoryCalendar(IntFunction<Optional<CalendarYear>> source) {
    this.source = source;
  }

  /** The calendar of the State Council's notices kept with the registry. */
  public static StatutoryCalendar standard() {
    return STANDARD;
  }

  /** Whether the day is worked: Monday to Friday outside a holiday break, or a make-up day. */
  public boolean isWorkingDay(LocalDate day) {
    return year(day.getYear()).isWorkingDay(day);
  }

  /** The year's notice as kept (for listing and tests); refused if there is none. */
  public CalendarYear year(int year) {
    return years.computeIfAbsent(
        year, y -> source.apply(y).orElseThrow(() -> new NoCalendarData(y)));
  }

  /** The year's notice if the registry or the operators' directory holds it. */
  public Optional<CalendarYear> held(int year) {
    try {
      return Optional.of(year(year));
    } catch (NoCalendarData absent) {
      return Optional.empty();
    }
  }

  /** The day itself if it is a working day, else the next working day. */
  public LocalDate workingDayOnOrAfter(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The last day of a period of {@code days} working days from {@code start}. */
  public LocalDate workingDaysAfter(LocalDate start, int days) {
    LocalDate d = start;
    for (int left = days; left > 0; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** The last day of a period of {@code days} calendar days from {@code start}, off a rest day. */
  public LocalDate calendarDaysAfter(LocalDate start, int days) {
    return workingDayOnOrAfter(start.plusDays(days));
  }

  private static final ObjectMapper JSON =
      RegistryJson.mapper()
          .copy()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  static Optional<CalendarYear> fromResource(int year) {
    String name = "/statutory-calendar/" + year + ".json";
    return read(name, year, () -> StatutoryCalendar.class.getResourceAsStream(name));
  }

  static Optional<CalendarYear> fromDirectory(Optional<Path> directory, int year) {
    return directory
        .map(d -> d.resolve(year + ".json"))
        .filter(Files::isRegularFile)
        .flatMap(file -> read(file.toString(), year, () -> Files.newInputStream(file)));
  }

  private static Optional<Path> directory() {
    String named = System.getProperty(DIRECTORY, System.getenv(DIRECTORY));
    return named == null || named.isBlank() ? Optional.empty() : Optional.of(Path.of(named));
  }

  private interface Opening {
    InputStream open() throws IOException;
  }

  private static Optional<CalendarYear> read(String name, int year, Opening opening) {
    try (InputStream in = opening.open()) {
      if (in == null) {
        return Optional.empty();
      }
      CalendarYear read = JSON.readValue(in, CalendarYear.class);
      if (read.year() != year) {
        throw new IllegalArgumentException(name + " holds the year " + read.year());
      }
      return Optional.of(read);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }
}
