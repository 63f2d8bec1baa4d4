package org.disputeregistry.benchmark;

import java.util.ArrayList;
import java.util.List;

/** Latencies recorded by many threads, in nanoseconds. */
final class Latencies {

  private final List<Long> nanos = new ArrayList<>();

  synchronized void add(long value) {
    nanos.add(value);
  }

  synchronized int count() {
    return nanos.size();
  }

  /** The nearest-rank quantile in milliseconds (NaN without samples). */
  synchronized double quantileMillis(double quantile) {
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  synchronized Stats stats() {
    long[] values = nanos.stream().mapToLong(Long::longValue).toArray();
    return Stats.ofNanos(values, values.length);
  }
}
