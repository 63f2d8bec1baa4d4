package org.disputeregistry.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Days from counted durations say what avg and percentile_cont(0.5) say over the cases. */
class DaysTest {

  @Test
  void givenNoCasesThenNoMeanAndNoMedian() {
    assertThat(Days.of(new TreeMap<>())).isEqualTo(new Days(null, null));
  }

  @Test
  void givenAnOddNumberOfCasesThenTheMedianIsTheMiddleOne() {
    // 3, 3, 10: mean 16/3 = 5.333.., median 3
    assertThat(Days.of(histogram(3, 2, 10, 1)))
        .isEqualTo(new Days(new BigDecimal("5.33"), new BigDecimal("3.0")));
  }

  @Test
  void givenAnEvenNumberOfCasesThenTheMedianLiesHalfwayBetweenTheMiddleTwo() {
    // 1, 2, 2, 5: mean 2.5, median (2 + 2) / 2; 1, 4: median 2.5
    assertThat(Days.of(histogram(1, 1, 2, 2, 5, 1)))
        .isEqualTo(new Days(new BigDecimal("2.50"), new BigDecimal("2.0")));
    assertThat(Days.of(histogram(1, 1, 4, 1)).median()).isEqualTo(new BigDecimal("2.5"));
  }

  @Test
  void givenAMeanEndingInFiveThenItIsRoundedHalfUp() {
    // 0, 0, 0, 0, 0, 0, 0, 1 (8 cases): 0.125 -> 0.13
    assertThat(Days.of(histogram(0, 7, 1, 1)).mean()).isEqualTo(new BigDecimal("0.13"));
  }

  @Test
  void givenTheSameCasesThenBothWaysAgree() {
    // What PostgreSQL returns for 4, 9, 9, 30: avg 13.0000000000000000, percentile_cont 9
    assertThat(Days.of(histogram(4, 1, 9, 2, 30, 1)))
        .isEqualTo(Days.of(new BigDecimal("13.0000000000000000"), 9.0));
  }

  /** Pairs of days and the number of cases that took them. */
  private static TreeMap<Integer, Long> histogram(int... daysAndCases) {
    TreeMap<Integer, Long> histogram = new TreeMap<>();
    for (int i = 0; i < daysAndCases.length; i += 2) {
      histogram.put(daysAndCases[i], (long) daysAndCases[i + 1]);
    }
    return histogram;
  }
}
