package org.disputeregistry.query.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Durations in days: the mean rounded half-up to 0.01, and the median; null without cases. */
public record Days(BigDecimal mean, BigDecimal median) {

  /** From PostgreSQL's exact {@code avg} (numeric) and {@code percentile_cont(0.5)}. */
  public static Days of(BigDecimal mean, Double median) {
    return new Days(
        mean == null ? null : mean.setScale(2, RoundingMode.HALF_UP),
        // The median of whole days is a whole or a half day: exact in a double.
        median == null ? null : BigDecimal.valueOf(median).setScale(1, RoundingMode.UNNECESSARY));
  }
}
