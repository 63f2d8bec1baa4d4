package org.disputeregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageTest {

  static AnnualTotals.Rate rate(String percent) {
    return new AnnualTotals.Rate(
        "r", "率", "d", "定义", 1, 2, percent == null ? null : new BigDecimal(percent));
  }

  @Test
  void headlineCountsReadLikeTheReport() {
    assertThat(Language.ZH.headlineCount(1_130_000)).isEqualTo("113万");
    assertThat(Language.ZH.headlineCount(92_000)).isEqualTo("9.2万");
    assertThat(Language.ZH.headlineCount(9_999)).isEqualTo("9,999");
    assertThat(Language.EN.headlineCount(1_130_000)).isEqualTo("1.13 million");
    assertThat(Language.EN.headlineCount(92_000)).isEqualTo("92,000");
  }

  @Test
  void percentagesKeepTwoDecimalsAndAnEmptyRateIsADash() {
    assertThat(Language.ZH.percent(rate("51.11"))).isEqualTo("51.11%");
    assertThat(Language.EN.percent(rate("100"))).isEqualTo("100.00%");
    assertThat(Language.EN.percent(rate(null))).isEqualTo("—");
  }

  @Test
  void moneyInWanYuanOrMillions() {
    List<AnnualTotals.Amount> money =
        List.of(new AnnualTotals.Amount("CNY", new BigDecimal("834567890.00"), 3L));
    assertThat(Language.ZH.money(money)).isEqualTo("83,456.79万元");
    assertThat(Language.EN.money(money)).isEqualTo("CNY 834.57 million");
    assertThat(Language.ZH.money(List.of())).isEqualTo("0.00万元");
  }

  @Test
  void everyCurrencyIsSaidNoneLeftOut() {
    List<AnnualTotals.Amount> money =
        List.of(
            new AnnualTotals.Amount("CNY", new BigDecimal("834567890.00"), 3L),
            new AnnualTotals.Amount("HKD", new BigDecimal("2500000"), 1L),
            new AnnualTotals.Amount("USD", new BigDecimal("1200000.50"), 2L));
    assertThat(Language.ZH.money(money)).isEqualTo("83,456.79万元、250.00万港元、120.00万美元");
    assertThat(Language.EN.money(money))
        .isEqualTo("CNY 834.57 million, HKD 2.50 million and USD 1.20 million");
  }

  @Test
  void monthsAndLanguageCodes() {
    assertThat(Language.ZH.month(3)).isEqualTo("3月");
    assertThat(Language.EN.month(12)).isEqualTo("Dec");
    assertThat(Language.of("EN")).isEqualTo(Language.EN);
  }
}
