package org.disputeregistry.query.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.SortedMap;

/** Durations in days: the mean rounded half-up to 0.01, and the median; null without cases. */
public record Days(BigDecimal mean, BigDecimal median) {

  /** From PostgreSQL's exact {@code avg} (numeric) and {@code percentile_cont(0.5)}. */
  public static Days of(BigDecimal mean, Double median) {
    return new Days(
        mean == null ? null : mean.setScale(2, RoundingMode.HALF_UP),
        // The median of whole days is a whole or a half day: exact in a double.
        median == null ? null : BigDecimal.valueOf(median).setScale(1, RoundingMode.UNNECESSARY));
  }

  /**
   * From a count of cases per whole number of days, the same as {@code avg} and {@code
   * percentile_cont(0.5)} over those cases.
   */
  public static Days of(SortedMap<Integer, Long> casesByDays) {
    long cases = casesByDays.values().stream().mapToLong(Long::longValue).sum();
    if (cases == 0) {
      return new Days(null, null);
    }
    long totalDays = 0;
    for (Map.Entry<Integer, Long> e : casesByDays.entrySet()) {
      totalDays += e.getKey() * e.getValue();
    }
    // The median lies between the cases at 0-based ranks (cases-1)/2 and cases/2.
    BigDecimal median =
        BigDecimal.valueOf(
                daysAtRank(casesByDays, (cases - 1) / 2) + daysAtRank(casesByDays, cases / 2))
            .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    return new Days(
        BigDecimal.valueOf(totalDays).divide(BigDecimal.valueOf(cases), 2, RoundingMode.HALF_UP),
        median);
  }

  private static long daysAtRank(SortedMap<Integer, Long> casesByDays, long rank) {
    long seen = 0;
    for (Map.Entry<Integer, Long> e : casesByDays.entrySet()) {
      seen += e.getValue();
      if (rank < seen) {
        return e.getKey();
      }
    }
    throw new IllegalArgumentException("rank " + rank + " beyond " + seen + " cases");
  }
}
