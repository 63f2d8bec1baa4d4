package org.disputeregistry.statutory.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every year's file is well formed (read through {@link CalendarYear}'s checks: make-up days on
 * weekends, every festival present, no date twice), and the registry holds every year from 2020.
 */
class CalendarYearFilesTest {

  static Stream<Integer> years() throws IOException, URISyntaxException {
    Path folder = Path.of(resource("/statutory-calendar"));
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .map(n -> Integer.parseInt(n.substring(0, n.indexOf('.'))))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static URI resource(String name) throws URISyntaxException {
    return StatutoryCalendarTest.class.getResource(name).toURI();
  }

  @ParameterizedTest(name = "{0}.json is a well-formed State Council notice")
  @MethodSource("years")
  void eachYearIsWellFormed(int year) {
    CalendarYear read = StatutoryCalendar.fromResource(year).orElseThrow();
    assertThat(read.year()).isEqualTo(year);
    assertThat(read.notice()).contains(year + "年部分节假日安排");
    assertThat(read.published()).isBefore(LocalDate.of(year, 1, 1));
    // About 250 working days a year: a mistyped range would move it far off.
    long working =
        LocalDate.of(year, 1, 1)
            .datesUntil(LocalDate.of(year + 1, 1, 1))
            .filter(read::isWorkingDay)
            .count();
    assertThat(working).isBetween(240L, 252L);
  }

  @Test
  @DisplayName("Every year from 2020 to 2026 has its notice")
  void everyYearFrom2020() throws Exception {
    assertThat(years().toList()).containsAll(IntStream.rangeClosed(2020, 2026).boxed().toList());
  }

  @Test
  @DisplayName("An operator's directory adds next year's notice and takes precedence over the own")
  void anOperatorsDirectoryAddsAYear(@TempDir Path directory) throws Exception {
    String own = Files.readString(Path.of(resource("/statutory-calendar/2026.json")));
    // 2026's breaks a year on, without its make-up days (they would fall on weekdays).
    Files.writeString(
        directory.resolve("2027.json"),
        own.replaceAll("\"workingDays\": \\[[^\\]]*\\]", "\"workingDays\": []")
            .replace("2026", "2027"));
    Files.writeString(directory.resolve("2026.json"), own.replace("2026-01-04", "2026-01-10"));

    assertThat(StatutoryCalendar.fromDirectory(Optional.of(directory), 2027)).isPresent();
    assertThat(StatutoryCalendar.fromDirectory(Optional.of(directory), 2026).orElseThrow())
        .satisfies(y -> assertThat(y.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue());
    assertThat(StatutoryCalendar.fromDirectory(Optional.of(directory), 2028)).isEmpty();
    assertThat(StatutoryCalendar.fromDirectory(Optional.empty(), 2027)).isEmpty();
  }

  @Test
  @DisplayName("A make-up working day on a weekday is refused")
  void makeUpDayOnAWeekdayIsRefused() {
    assertThatThrownBy(() -> year(breakOf("春节", "2023-01-21", "2023-01-27", "2023-01-30")))
        .hasMessageContaining("2023-01-30 is not a Saturday or Sunday");
  }

  @Test
  @DisplayName("A date listed twice is refused")
  void dateTwiceIsRefused() {
    assertThatThrownBy(() -> year(breakOf("春节", "2023-01-21", "2023-01-27", "2023-01-21")))
        .hasMessageContaining("2023-01-21 is listed twice");
  }

  @Test
  @DisplayName("A notice without one of the festivals is refused")
  void missingFestivalIsRefused() {
    assertThatThrownBy(
            () ->
                new CalendarYear(
                    2023,
                    "国务院办公厅关于2023年部分节假日安排的通知",
                    LocalDate.of(2022, 12, 8),
                    null,
                    List.of(breakOf("春节", "2023-01-21", "2023-01-27", "2023-01-28"))))
        .hasMessageContaining("no break for 元旦");
  }

  private static CalendarYear.Break breakOf(
      String festival, String from, String to, String worked) {
    return new CalendarYear.Break(
        festival, LocalDate.parse(from), LocalDate.parse(to), List.of(LocalDate.parse(worked)));
  }

  /** A year of the given break and every other festival on a weekday of its own. */
  private static CalendarYear year(CalendarYear.Break springFestival) {
    List<CalendarYear.Break> others =
        List.of(
            new CalendarYear.Break(
                "元旦", LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 2), List.of()),
            springFestival,
            new CalendarYear.Break(
                "清明节", LocalDate.of(2023, 4, 5), LocalDate.of(2023, 4, 5), List.of()),
            new CalendarYear.Break(
                "劳动节", LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 1), List.of()),
            new CalendarYear.Break(
                "端午节", LocalDate.of(2023, 6, 22), LocalDate.of(2023, 6, 22), List.of()),
            new CalendarYear.Break(
                "中秋节、国庆节", LocalDate.of(2023, 9, 29), LocalDate.of(2023, 10, 6), List.of()));
    return new CalendarYear(2023, "test", LocalDate.of(2022, 12, 8), null, others);
  }
}
