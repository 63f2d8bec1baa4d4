package org.disputeregistry.benchmark;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The freshness scenario's clock: times each sampled case from its 201 until the query side's
 * statistic of its day counts it, and when the case's record reached the topic.
 */
final class StatisticPoller {

  private static final long MIN_POLL_INTERVAL = TimeUnit.MILLISECONDS.toNanos(20);
  private static final Pattern RECEIVED = Pattern.compile("\"received\":(\\d+)");

  private StatisticPoller() {}

  /** A sampled case: its day, the day's count that includes it, and when it was accepted. */
  record Sample(LocalDate day, long expected, String caseId, long acceptedAt) {}

  /** Where a run's samples go: per run and pooled, end to end and up to the topic. */
  record Timings(
      TopicTail tail, Latencies latencies, Latencies toTopic, Latencies all, Latencies allToTopic) {

    void add(Sample sample, long elapsed) {
      latencies.add(elapsed);
      all.add(elapsed);
      Long arrival = tail.arrival(sample.caseId());
      if (arrival != null) {
        // The relay may publish before the client has read its 201.
        long onTopic = Math.max(0, arrival - sample.acceptedAt());
        toTopic.add(onTopic);
        allToTopic.add(onTopic);
      }
    }
  }

  /**
   * Times each sample until its day's statistic counts it. Each sample is looked at again after 20
   * ms or a tenth of its age, whichever is longer: looking at every waiting sample in a loop (as
   * this did before) kept the query-service busy answering the poller (two thirds of its CPU
   * samples at 50-200 commands/s, JFR), which delayed the very projection it timed. A figure so
   * errs high by at most that interval.
   */
  static void poll(
      Bench bench,
      ConcurrentLinkedQueue<Sample> pending,
      Timings timings,
      BooleanSupplier producersDone) {
    String statistic = bench.query.baseUrl() + "/api/statistics/reconsiderations";
    Map<Sample, Long> waiting = new LinkedHashMap<>();
    while (!(producersDone.getAsBoolean() && pending.isEmpty() && waiting.isEmpty())) {
      for (Sample next = pending.poll(); next != null; next = pending.poll()) {
        waiting.put(next, next.acceptedAt());
      }
      long now = System.nanoTime();
      waiting
          .entrySet()
          .removeIf(
              entry -> {
                if (entry.getValue() > now) {
                  return false;
                }
                Sample sample = entry.getKey();
                String body =
                    Http.get(
                            Caller.ANALYST,
                            statistic + "?from=" + sample.day() + "&to=" + sample.day())
                        .body();
                long elapsed = System.nanoTime() - sample.acceptedAt();
                // A sample not seen within a minute counts with the minute rather than stall.
                if (received(body) >= sample.expected() || elapsed > TimeUnit.MINUTES.toNanos(1)) {
                  timings.add(sample, elapsed);
                  return true;
                }
                entry.setValue(System.nanoTime() + Math.max(MIN_POLL_INTERVAL, elapsed / 10));
                return false;
              });
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
    }
  }

  private static long received(String statistic) {
    Matcher count = RECEIVED.matcher(statistic);
    return count.find() ? Long.parseLong(count.group(1)) : 0;
  }
}
