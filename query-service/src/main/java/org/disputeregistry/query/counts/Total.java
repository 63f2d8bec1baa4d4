package org.disputeregistry.query.counts;

import java.math.BigDecimal;

/** A number of cases and the exact sum of their amounts. */
public record Total(long cases, BigDecimal amount) {

  static final Total ZERO = new Total(0, BigDecimal.ZERO);

  Total plus(Total other) {
    return new Total(cases + other.cases, amount.add(other.amount));
  }

  Total negated() {
    return new Total(-cases, amount.negate());
  }

  boolean isZero() {
    return cases == 0 && amount.signum() == 0;
  }
}
