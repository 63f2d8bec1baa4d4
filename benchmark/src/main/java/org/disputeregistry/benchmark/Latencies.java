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

  synchronized Stats stats() {
    long[] values = nanos.stream().mapToLong(Long::longValue).toArray();
    return Stats.ofNanos(values, values.length);
  }
}
