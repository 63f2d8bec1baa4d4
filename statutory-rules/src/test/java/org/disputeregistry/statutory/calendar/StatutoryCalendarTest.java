package org.disputeregistry.statutory.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The arithmetic on the real notices' dates. */
class StatutoryCalendarTest {

  private final StatutoryCalendar calendar = StatutoryCalendar.standard();

  @Test
  @DisplayName("5 working days from 2024-09-27 is 2024-10-10: 09-29 is worked, 10-01..07 are not")
  void fiveWorkingDaysAcrossNationalDay2024() {
    assertThat(calendar.workingDaysAfter(LocalDate.of(2024, 9, 27), 5))
        .isEqualTo(LocalDate.of(2024, 10, 10));
  }

  @Test
  @DisplayName("A period ending in 2023's Spring Festival runs to 2023-01-28, a make-up Saturday")
  void calendarPeriodEndingInSpringFestival2023() {
    // 60 days from 2022-11-23 end on Sunday 2023-01-22, in the break 01-21..27.
    assertThat(calendar.calendarDaysAfter(LocalDate.of(2022, 11, 23), 60))
        .isEqualTo(LocalDate.of(2023, 1, 28));
  }

  @Test
  @DisplayName("2023's make-up days are working days and its holidays are not")
  void makeUpDaysAndHolidays2023() {
    for (String worked :
        new String[] {
          "2023-01-28",
          "2023-01-29",
          "2023-04-23",
          "2023-05-06",
          "2023-06-25",
          "2023-10-07",
          "2023-10-08"
        }) {
      assertThat(calendar.isWorkingDay(LocalDate.parse(worked))).as(worked).isTrue();
    }
    for (String rest :
        new String[] {
          "2023-01-02",
          "2023-01-27",
          "2023-04-05",
          "2023-05-02",
          "2023-06-23",
          "2023-09-29",
          "2023-10-06"
        }) {
      assertThat(calendar.isWorkingDay(LocalDate.parse(rest))).as(rest).isFalse();
    }
  }

  @Test
  @DisplayName("A period ending on a working day stays; one ending on a weekend moves to Monday")
  void rollForwardOnlyOffRestDays() {
    // 2025-03-14 is a Friday; 2025-03-15 a Saturday.
    assertThat(calendar.calendarDaysAfter(LocalDate.of(2025, 2, 12), 30))
        .isEqualTo(LocalDate.of(2025, 3, 14));
    assertThat(calendar.calendarDaysAfter(LocalDate.of(2025, 2, 13), 30))
        .isEqualTo(LocalDate.of(2025, 3, 17));
  }

  @Test
  @DisplayName("2020's Spring Festival, extended to 02-02, and 2021's make-up Saturday 02-20")
  void springFestivals2020And2021() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2020, 1, 31))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2020, 2, 1))).isFalse();
    assertThat(calendar.workingDayOnOrAfter(LocalDate.of(2020, 1, 24)))
        .isEqualTo(LocalDate.of(2020, 2, 3));
    assertThat(calendar.workingDaysAfter(LocalDate.of(2021, 2, 10), 1))
        .isEqualTo(LocalDate.of(2021, 2, 18));
    assertThat(calendar.isWorkingDay(LocalDate.of(2021, 2, 20))).isTrue();
  }

  @Test
  @DisplayName("10 working days from 2026-02-12 is 2026-03-04: 02-14 is worked, 02-15..23 are not")
  void tenWorkingDaysAcrossSpringFestival2026() {
    // worked: 02-13, 02-14 (make-up), 02-24, 02-25, 02-26, 02-27, 02-28 (make-up), 03-02, 03-03,
    // 03-04.
    assertThat(calendar.workingDaysAfter(LocalDate.of(2026, 2, 12), 10))
        .isEqualTo(LocalDate.of(2026, 3, 4));
  }

  @Test
  @DisplayName("A period running into a year without a notice is refused, naming the year")
  void yearWithoutCalendarIsRefused() {
    assertThatThrownBy(() -> calendar.calendarDaysAfter(LocalDate.of(2026, 12, 10), 60))
        .isInstanceOf(NoCalendarData.class)
        .hasMessageContaining("No statutory calendar for 2027")
        .satisfies(e -> assertThat(((NoCalendarData) e).year()).isEqualTo(2027));
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2019, 12, 31)))
        .isInstanceOf(NoCalendarData.class)
        .hasMessageContaining("2019");
  }
}
