package org.disputeregistry.query.statistics;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

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

  /** The URL of each count's cases, by the count's drill-down name; one per line in a sheet. */
  record Links(Map<String, String> urls) implements Cell {
    @Override
    public Map<String, String> plain() {
      return urls;
    }

    @Override
    public String toString() {
      return urls.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue())
          .collect(Collectors.joining("\n"));
    }
  }
}
