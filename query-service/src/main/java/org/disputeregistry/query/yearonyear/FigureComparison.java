package org.disputeregistry.query.yearonyear;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disputeregistry.report.YearOnYear.Change;

/**
 * The comparison of one set of figures with the same period of earlier years: the change from the
 * year before, and the record check against every earlier year given. Pure: the figures come in as
 * the API's JSON.
 */
final class FigureComparison {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private FigureComparison() {}

  /**
   * @param current this period's figures
   * @param earlier the same period's figures 1, 2, ... years earlier, back to the first year on
   *     file (the first is the year before; empty if there is none)
   */
  static Map<String, Change> compare(JsonNode current, List<JsonNode> earlier) {
    Map<String, Leaf> now = Leaf.of(current);
    List<Map<String, Leaf>> before = earlier.stream().map(Leaf::of).toList();
    Map<String, Leaf> previous = before.isEmpty() ? Map.of() : before.get(0);
    Set<String> paths = new LinkedHashSet<>(now.keySet());
    paths.addAll(previous.keySet());
    Map<String, Change> changes = new LinkedHashMap<>();
    for (String path : paths) {
      Leaf value = now.get(path);
      Leaf last = previous.get(path);
      Leaf.Kind kind = kind(value, last);
      if (kind == null) {
        continue;
      }
      Better better = Better.of(path);
      int compared = 0;
      boolean beatsAll = value != null && has(value);
      for (Map<String, Leaf> year : before) {
        Leaf then = year.get(path);
        if (then == null || !has(then)) {
          continue;
        }
        compared++;
        if (beatsAll && !beats(value, then, better)) {
          beatsAll = false;
        }
      }
      changes.put(
          path,
          new Change(
              kind.name(),
              value == null ? null : value.value(),
              last == null ? null : last.value(),
              change(kind, value, last),
              kind == Leaf.Kind.RATE ? null : percentChange(value, last),
              beatsAll && compared > 0 ? better.record() : null,
              better.name(),
              compared));
    }
    return changes;
  }

  private static Leaf.Kind kind(Leaf a, Leaf b) {
    return a != null && a.kind() != null ? a.kind() : b == null ? null : b.kind();
  }

  private static boolean has(Leaf leaf) {
    return leaf.kind() == Leaf.Kind.RATE
        ? leaf.denominator() != null && leaf.denominator() > 0 && leaf.numerator() != null
        : leaf.decimal() != null;
  }

  /** Whether {@code a} is strictly better than {@code b}; rates compared exactly, n/d to n/d. */
  static boolean beats(Leaf a, Leaf b, Better better) {
    int order =
        a.kind() == Leaf.Kind.RATE
            ? BigInteger.valueOf(a.numerator())
                .multiply(BigInteger.valueOf(b.denominator()))
                .compareTo(
                    BigInteger.valueOf(b.numerator()).multiply(BigInteger.valueOf(a.denominator())))
            : a.decimal().compareTo(b.decimal());
    return better == Better.HIGHER ? order > 0 : order < 0;
  }

  /**
   * value − previous; a rate's change in percentage points from its parts, exactly, half-up to
   * 0.01: (n₁·d₀ − n₀·d₁) × 100 / (d₁·d₀). Null when either side has no value.
   */
  static BigDecimal change(Leaf.Kind kind, Leaf value, Leaf previous) {
    if (value == null || previous == null || !has(value) || !has(previous)) {
      return null;
    }
    if (kind == Leaf.Kind.RATE) {
      BigInteger n1 = BigInteger.valueOf(value.numerator());
      BigInteger d1 = BigInteger.valueOf(value.denominator());
      BigInteger n0 = BigInteger.valueOf(previous.numerator());
      BigInteger d0 = BigInteger.valueOf(previous.denominator());
      return new BigDecimal(
              n1.multiply(d0).subtract(n0.multiply(d1)).multiply(BigInteger.valueOf(100)))
          .divide(new BigDecimal(d1.multiply(d0)), 2, RoundingMode.HALF_UP);
    }
    return value.decimal().subtract(previous.decimal());
  }

  /** (value − previous) / previous × 100, half-up to 0.01; null when previous is 0 or unknown. */
  static BigDecimal percentChange(Leaf value, Leaf previous) {
    if (value == null || previous == null || !has(value) || !has(previous)) {
      return null;
    }
    BigDecimal before = previous.decimal();
    if (before.signum() == 0) {
      return null;
    }
    return value
        .decimal()
        .subtract(before)
        .multiply(HUNDRED)
        .divide(before.abs(), 2, RoundingMode.HALF_UP);
  }
}
