package org.disputeregistry.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How every rate is computed, whatever it counts. */
class RateTest {

  private static Rate rate(long numerator, long denominator) {
    return Rate.of("rate", "率", "n / d", "n / d", numerator, denominator);
  }

  @Test
  void isRoundedHalfUpToAHundredthOfAPercent_69Of135Is51_11() {
    assertThat(rate(69, 135).percent()).hasToString("51.11");
  }

  @Test
  void anExactHalfHundredthRoundsUp_1Of800Is0_13() {
    assertThat(rate(1, 800).percent()).hasToString("0.13");
    assertThat(rate(1, 1600).percent()).hasToString("0.06");
  }

  @Test
  void alwaysHasTwoDecimals() {
    assertThat(rate(1, 2).percent()).hasToString("50.00");
    assertThat(rate(3, 3).percent()).hasToString("100.00");
    assertThat(rate(0, 7).percent()).hasToString("0.00");
  }

  @Test
  void isComputedExactlyNotInFloatingPoint_2Of3Is66_67() {
    assertThat(rate(2, 3).percent()).hasToString("66.67");
    assertThat(rate(996, 1000).percent()).hasToString("99.60");
  }

  @Test
  void withoutADenominatorHasNoPercentButKeepsItsParts() {
    Rate none = rate(0, 0);

    assertThat(none.percent()).isNull();
    assertThat(none.numerator()).isZero();
    assertThat(none.denominator()).isZero();
  }
}
