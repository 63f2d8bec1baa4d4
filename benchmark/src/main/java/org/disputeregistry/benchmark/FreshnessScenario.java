package org.disputeregistry.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * From a command's 201 to the statistic counting it: cases opened at a steady rate, every 20th on a
 * business day of its own, and a poller timing until the query side's statistic for that day counts
 * it. No baseline: a target only, and the rate the command side actually accepted beside it.
 */
final class FreshnessScenario implements Scenario {

  private static final Logger log = LoggerFactory.getLogger(FreshnessScenario.class);

  /**
   * Sampled cases get days of their own, before any other case of the suite, from 2020-01-01: a
   * case is received only in a year with a statutory calendar (2020 on), so the defaults' 2,250
   * samples (3 runs at 1,000 a second for 15 s, one in 20) end in 2026.
   */
  private final AtomicInteger sampleDay = new AtomicInteger();

  @Override
  public void run(Bench bench) throws Exception {
    bench.awaitProjected(
        bench.queryDb, "query-service", bench.kafka.size(Bench.TOPIC), Duration.ofMinutes(10));
    int rate = bench.sizes.freshnessRate();
    log.info("Freshness: {} commands/s for {}", rate, bench.sizes.freshnessTime());
    List<Double> p50 = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    List<Double> accepted = new ArrayList<>();
    Latencies all = new Latencies();
    bench.recordings.start(bench.command, "freshness");
    bench.recordings.start(bench.query, "freshness");
    for (int run = 0; run < bench.sizes.runs(); run++) {
      Latencies latencies = new Latencies();
      AtomicLong failures = new AtomicLong();
      double achieved = offer(bench, rate, latencies, all, failures);
      accepted.add(achieved);
      Stats stats = latencies.stats();
      p50.add(stats.median());
      p99.add(stats.p99());
      log.info(
          "  run {}: accepted {}/s, freshness p50 {} ms p99 {} ms over {} samples, {} failed",
          run + 1,
          Row.number(achieved),
          Row.number(stats.median()),
          Row.number(stats.p99()),
          stats.count(),
          failures.get());
    }
    bench.recordings.stop(bench.command, "freshness");
    bench.recordings.stop(bench.query, "freshness");
    bench.results.add(
        new Row(
            "freshness: commands accepted while offered " + rate + "/s",
            "commands/s",
            Stats.of(accepted),
            null,
            false,
            "1,000/s"));
    bench.results.add(new Row("freshness p50 (per run)", "ms", Stats.of(p50), null, true, ""));
    bench.results.add(
        new Row("freshness p99 (per run)", "ms", Stats.of(p99), null, true, "<= 250 ms"));
    Stats pooled = all.stats();
    bench.results.note(
        "Freshness: %d commands/s offered for %ds per run; every 20th command timed from its 201 to"
                .formatted(rate, bench.sizes.freshnessTime().toSeconds())
            + " the statistic of its own business day counting it (polled over HTTP); pooled over"
            + " all runs p50 %s ms, p99 %s ms (%d samples). No raw baseline."
                .formatted(Row.number(pooled.median()), Row.number(pooled.p99()), pooled.count()));
  }

  /** One run: offers {@code rate} commands/s; gives the rate the command side accepted. */
  private double offer(
      Bench bench, int rate, Latencies latencies, Latencies all, AtomicLong failures)
      throws InterruptedException {
    ConcurrentLinkedQueue<long[]> pending = new ConcurrentLinkedQueue<>();
    ExecutorService clients = Executors.newFixedThreadPool(64);
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    long total = rate * bench.sizes.freshnessTime().toSeconds();
    AtomicLong lastAccepted = new AtomicLong();
    Thread poller =
        Raw.spawn(() -> poll(bench, pending, latencies, all, () -> clients.isTerminated()));
    long start = System.nanoTime();
    for (long i = 0; i < total; i++) {
      LockSupport.parkNanos(start + i * interval - System.nanoTime());
      boolean sample = i % 20 == 0;
      LocalDate day =
          sample
              ? LocalDate.of(2020, 1, 1).plusDays(sampleDay.getAndIncrement())
              : LocalDate.of(2023, 6, 1);
      clients.execute(
          () -> {
            String body = bench.cases.reconsideration(day);
            var response =
                Http.post(
                    Caller.RECONSIDERATION_OFFICER,
                    bench.command.baseUrl() + "/api/reconsiderations",
                    "application/json",
                    body);
            long now = System.nanoTime();
            lastAccepted.accumulateAndGet(now, Math::max);
            if (response.statusCode() != 201) {
              failures.incrementAndGet();
            } else if (sample) {
              pending.add(new long[] {day.toEpochDay(), now});
            }
          });
    }
    clients.shutdown();
    clients.awaitTermination(5, TimeUnit.MINUTES);
    poller.join();
    // What the command side accepted: below the offered rate when it cannot keep up.
    return total / Raw.seconds(lastAccepted.get() - start);
  }

  /** Times each sample (day, accepted at) until the statistic of its day counts it. */
  private static void poll(
      Bench bench,
      ConcurrentLinkedQueue<long[]> pending,
      Latencies latencies,
      Latencies all,
      BooleanSupplier producersDone) {
    String statistic = bench.query.baseUrl() + "/api/statistics/reconsiderations";
    List<long[]> waiting = new ArrayList<>();
    while (!(producersDone.getAsBoolean() && pending.isEmpty() && waiting.isEmpty())) {
      for (long[] next = pending.poll(); next != null; next = pending.poll()) {
        waiting.add(next);
      }
      waiting.removeIf(
          sample -> {
            LocalDate day = LocalDate.ofEpochDay(sample[0]);
            String body =
                Http.get(Caller.ANALYST, statistic + "?from=" + day + "&to=" + day).body();
            long elapsed = System.nanoTime() - sample[1];
            // A sample not seen within a minute counts with the minute rather than stall the run.
            if (body.contains("\"received\":1") || elapsed > TimeUnit.MINUTES.toNanos(1)) {
              latencies.add(elapsed);
              all.add(elapsed);
              return true;
            }
            return false;
          });
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
    }
  }
}
