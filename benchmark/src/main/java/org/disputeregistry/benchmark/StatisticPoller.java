package org.disputeregistry.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

  private static final long RETRY = TimeUnit.MILLISECONDS.toNanos(20);
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
   * Times each sample until its day's statistic counts it. Asking the statistic over HTTP for every
   * waiting sample over and over (as this did before) kept the query-service busy answering the
   * poller: two thirds of its CPU samples at 25-200 commands/s (JFR), a JWT check and a request
   * each, which delayed the very projection it timed. Instead one query every 5 ms on the read
   * model's database finds the waiting cases whose row is committed (the statistic's counters are
   * written in the same transaction), and each of those is then confirmed once by the statistic
   * over HTTP, when its time is taken; a statistic that does not count it yet is asked again every
   * 20 ms.
   */
  static void poll(
      Bench bench,
      ConcurrentLinkedQueue<Sample> pending,
      Timings timings,
      BooleanSupplier producersDone) {
    String statistic = bench.query.baseUrl() + "/api/statistics/reconsiderations";
    Map<String, Sample> waiting = new LinkedHashMap<>();
    Map<String, Long> committed = new HashMap<>();
    try (Connection readModel = bench.servers.connect(bench.queryDb);
        PreparedStatement projected =
            readModel.prepareStatement(
                "SELECT case_id::text FROM reconsideration_case WHERE case_id = ANY (?::uuid[])")) {
      while (!(producersDone.getAsBoolean() && pending.isEmpty() && waiting.isEmpty())) {
        for (Sample next = pending.poll(); next != null; next = pending.poll()) {
          waiting.put(next.caseId(), next);
        }
        if (!waiting.isEmpty()) {
          projected.setArray(
              1, readModel.createArrayOf("text", waiting.keySet().toArray(String[]::new)));
          try (ResultSet rows = projected.executeQuery()) {
            while (rows.next()) {
              committed.putIfAbsent(rows.getString(1), 0L);
            }
          }
        }
        long now = System.nanoTime();
        for (Map.Entry<String, Long> seen : List.copyOf(committed.entrySet())) {
          Sample sample = waiting.get(seen.getKey());
          if (seen.getValue() > now) {
            continue;
          }
          String body =
              Http.get(Caller.ANALYST, statistic + "?from=" + sample.day() + "&to=" + sample.day())
                  .body();
          long elapsed = System.nanoTime() - sample.acceptedAt();
          if (received(body) >= sample.expected()) {
            timings.add(sample, elapsed);
            waiting.remove(sample.caseId());
            committed.remove(sample.caseId());
          } else {
            seen.setValue(System.nanoTime() + RETRY);
          }
        }
        // A sample not seen within a minute counts with the minute rather than stall the run.
        waiting
            .values()
            .removeIf(
                sample -> {
                  long elapsed = System.nanoTime() - sample.acceptedAt();
                  if (elapsed > TimeUnit.MINUTES.toNanos(1)) {
                    timings.add(sample, elapsed);
                    committed.remove(sample.caseId());
                    return true;
                  }
                  return false;
                });
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the read model's cases", e);
    }
  }

  private static long received(String statistic) {
    Matcher count = RECEIVED.matcher(statistic);
    return count.find() ? Long.parseLong(count.group(1)) : 0;
  }
}
