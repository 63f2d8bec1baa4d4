package org.disputeregistry.query.counts;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.disputeregistry.query.statistics.Days;

/** The counters of one case type over a period, summed per measure and detail. */
public final class Tally {

  private final Map<String, Map<String, Total>> inPeriod;
  private final Map<String, Long> before;

  private Tally(Map<String, Map<String, Total>> inPeriod, Map<String, Long> before) {
    this.inPeriod = inPeriod;
    this.before = before;
  }

  public static Tally empty() {
    return new Tally(Map.of(), Map.of());
  }

  /** The cases counted under a measure in the period, whatever their detail. */
  public long cases(String measure) {
    return byDetail(measure).values().stream().mapToLong(Total::cases).sum();
  }

  public long cases(String measure, String detail) {
    return total(measure, detail).cases();
  }

  public Total total(String measure, String detail) {
    return byDetail(measure).getOrDefault(detail, Total.ZERO);
  }

  /** The measure's totals in the period per detail, ordered by detail. */
  public Map<String, Total> byDetail(String measure) {
    return inPeriod.getOrDefault(measure, Map.of());
  }

  /** Durations counted under a measure whose detail is a whole number of days. */
  public Days days(String measure) {
    SortedMap<Integer, Long> casesByDays = new TreeMap<>();
    byDetail(measure).forEach((d, total) -> casesByDays.put(Integer.valueOf(d), total.cases()));
    return Days.of(casesByDays);
  }

  /** The cases counted under a cumulative measure before the period began. */
  public long before(String measure) {
    return before.getOrDefault(measure, 0L);
  }

  /** The cases counted under a cumulative measure up to the period's last day. */
  public long through(String measure) {
    return before(measure) + cases(measure);
  }

  static final class Builder {

    private final Map<String, Map<String, Total>> inPeriod = new HashMap<>();
    private final Map<String, Long> before = new HashMap<>();

    void add(String measure, String detail, Total total, long casesBefore) {
      if (!total.isZero()) {
        inPeriod.computeIfAbsent(measure, m -> new TreeMap<>()).put(detail, total);
      }
      before.merge(measure, casesBefore, Long::sum);
    }

    Tally build() {
      Map<String, Map<String, Total>> frozen = new HashMap<>();
      inPeriod.forEach((m, details) -> frozen.put(m, Collections.unmodifiableMap(details)));
      return new Tally(frozen, before);
    }
  }
}
