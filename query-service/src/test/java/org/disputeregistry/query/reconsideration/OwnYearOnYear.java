package org.disputeregistry.query.reconsideration;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.disputeregistry.query.reconsideration.ReconsiderationHistories.Facts;

/**
 * The test's own year on year and ageing, from what it knows of each case: written from the
 * definitions in docs/statistics.md, not from the query side's code.
 */
final class OwnYearOnYear {

  static final Set<String> MEDIATED = Set.of("MEDIATION_AGREEMENT", "WITHDRAWN_SETTLEMENT");

  private OwnYearOnYear() {}

  /** Received, closed and mediated in a period, and the mediation rate's parts. */
  record Counts(long received, long closed, long mediated) {}

  static Counts counts(List<Facts> cases, LocalDate from, LocalDate to) {
    Predicate<LocalDate> in = d -> d != null && !d.isBefore(from) && !d.isAfter(to);
    return new Counts(
        cases.stream().filter(f -> in.test(f.receivedOn())).count(),
        cases.stream().filter(f -> in.test(f.closedOn())).count(),
        cases.stream().filter(f -> in.test(f.closedOn()) && MEDIATED.contains(f.ending())).count());
  }

  /** (now − before) / before × 100 half-up to 0.01, as a plain decimal; "null" when before is 0. */
  static String percentChange(long now, long before) {
    if (before == 0) {
      return "null";
    }
    return BigDecimal.valueOf((now - before) * 100)
        .divide(BigDecimal.valueOf(before), 2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** The change of n1/d1 from n0/d0 in percentage points, half-up to 0.01; "null" without both. */
  static String pointsChange(long n1, long d1, long n0, long d0) {
    if (d1 == 0 || d0 == 0) {
      return "null";
    }
    // Compared as fractions with a common denominator, then rounded once.
    BigInteger numerator =
        BigInteger.valueOf(n1)
            .multiply(BigInteger.valueOf(d0))
            .subtract(BigInteger.valueOf(n0).multiply(BigInteger.valueOf(d1)))
            .multiply(BigInteger.valueOf(100));
    return new BigDecimal(numerator)
        .divide(
            new BigDecimal(BigInteger.valueOf(d1).multiply(BigInteger.valueOf(d0))),
            2,
            RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** Whether mediated/closed of {@code now} is above every earlier one with cases closed. */
  static boolean highestRate(Counts now, List<Counts> earlier) {
    if (now.closed() == 0 || earlier.stream().noneMatch(c -> c.closed() > 0)) {
      return false;
    }
    return earlier.stream()
        .filter(c -> c.closed() > 0)
        .allMatch(c -> now.mediated() * c.closed() > c.mediated() * now.closed());
  }

  /** The age of a case open at {@code day}, by calendar months back from it. */
  static String age(LocalDate receivedOn, LocalDate day) {
    if (!receivedOn.isBefore(day.minusMonths(1))) {
      return "UP_TO_1_MONTH";
    }
    if (!receivedOn.isBefore(day.minusMonths(3))) {
      return "MONTHS_1_TO_3";
    }
    if (!receivedOn.isBefore(day.minusMonths(6))) {
      return "MONTHS_3_TO_6";
    }
    if (!receivedOn.isBefore(day.minusMonths(12))) {
      return "MONTHS_6_TO_12";
    }
    return "OVER_1_YEAR";
  }

  static boolean openOn(Facts f, LocalDate day) {
    return !f.receivedOn().isAfter(day) && (f.endedOn() == null || f.endedOn().isAfter(day));
  }
}
