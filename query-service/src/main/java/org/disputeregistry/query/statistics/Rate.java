package org.disputeregistry.query.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate with what it is made of. {@code percent} is numerator / denominator × 100, computed
 * exactly and rounded half-up to two decimals; null when the denominator is 0. Numerator,
 * denominator and percent are all null when the rate is suppressed (small counts).
 */
public record Rate(
    String name,
    String nameZh,
    String definition,
    String definitionZh,
    Long numerator,
    Long denominator,
    BigDecimal percent) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static Rate of(
      String name,
      String nameZh,
      String definition,
      String definitionZh,
      long numerator,
      long denominator) {
    BigDecimal percent =
        denominator == 0
            ? null
            : BigDecimal.valueOf(numerator)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    return new Rate(name, nameZh, definition, definitionZh, numerator, denominator, percent);
  }

  /** The same rate with nothing of its value shown. */
  public Rate suppressed() {
    return new Rate(name, nameZh, definition, definitionZh, null, null, null);
  }
}
