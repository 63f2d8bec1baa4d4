package org.disputeregistry.query.statistics;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/**
 * A value of a {@link Table} that a spreadsheet shows in more than one cell, and JSON and CSV as
 * its {@link #plain} value: a rate is its percent there, an amount its sum.
 */
public sealed interface Cell {

  @JsonValue
  Object plain();

  /** A rate: its percent (null when suppressed or of no cases) with what it is made of. */
  record Percent(Rate rate) implements Cell {
    @Override
    public BigDecimal plain() {
      return rate.percent();
    }
  }

  /** An exact amount (null when suppressed) in its currency. */
  record Money(BigDecimal sum, String currency) implements Cell {
    @Override
    public BigDecimal plain() {
      return sum;
    }
  }
}
