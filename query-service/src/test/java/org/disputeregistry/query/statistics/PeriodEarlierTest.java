package org.disputeregistry.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one definition of "the same period a year earlier". */
class PeriodEarlierTest {

  private static Period period(String from, String to) {
    return new Period(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void aYearTheYearBefore() {
    assertThat(Period.ofYear(2023).earlier(1)).isEqualTo(Period.ofYear(2022));
    assertThat(Period.ofYear(2024).earlier(3)).isEqualTo(Period.ofYear(2021));
  }

  @Test
  @DisplayName("A month or quarter ending on 29 February compares with one ending on the 28th")
  void fromALeapYear() {
    assertThat(period("2024-02-01", "2024-02-29").earlier(1))
        .isEqualTo(period("2023-02-01", "2023-02-28"));
    assertThat(period("2024-01-01", "2024-02-29").earlier(1))
        .isEqualTo(period("2023-01-01", "2023-02-28"));
  }

  @Test
  @DisplayName("February 2025 compares with the whole of February 2024, the 29th included")
  void intoALeapYear() {
    assertThat(period("2025-02-01", "2025-02-28").earlier(1))
        .isEqualTo(period("2024-02-01", "2024-02-29"));
    assertThat(period("2025-01-01", "2025-03-31").earlier(1))
        .isEqualTo(period("2024-01-01", "2024-03-31"));
  }

  @Test
  @DisplayName("Any other day keeps its month and day; an as-of date moves the same way")
  void otherDays() {
    assertThat(Period.earlier(LocalDate.parse("2024-01-31"), 1)).isEqualTo("2023-01-31");
    assertThat(Period.earlier(LocalDate.parse("2024-02-28"), 1)).isEqualTo("2023-02-28");
    assertThat(Period.earlier(LocalDate.parse("2024-02-29"), 1)).isEqualTo("2023-02-28");
    assertThat(Period.earlier(LocalDate.parse("2024-06-30"), 4)).isEqualTo("2020-06-30");
    assertThat(period("2022-03-15", "2023-02-10").earlier(1))
        .isEqualTo(period("2021-03-15", "2022-02-10"));
  }
}
