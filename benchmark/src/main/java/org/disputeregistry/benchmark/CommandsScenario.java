package org.disputeregistry.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Single-event commands over HTTP from concurrent clients, beside one INSERT per transaction of a
 * row as large as the average stored event from as many JDBC clients.
 */
final class CommandsScenario implements Scenario {

  private static final Logger log = LoggerFactory.getLogger(CommandsScenario.class);

  @Override
  public void run(Bench bench) throws Exception {
    Sizes sizes = bench.sizes;
    log.info("Commands: {} clients, {} per run", sizes.clients(), sizes.commandTime());
    // A fresh JVM needs tens of seconds of this load before the JIT compiler stops taking a
    // quarter of the CPU (the same jar ran 143/s in its first 30 s and 1,229/s in its third).
    log.info("  warm-up: {}", sizes.warmUp());
    openCases(bench, sizes.clients(), sizes.warmUp());
    int rowBytes = bench.averageStoredEventBytes();
    List<Double> rates = new ArrayList<>();
    List<Double> baselineRates = new ArrayList<>();
    List<Double> baselineP50 = new ArrayList<>();
    List<Double> baselineP99 = new ArrayList<>();
    List<Double> p50 = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    bench.recordings.start(bench.command, "commands");
    for (int run = 0; run < sizes.runs(); run++) {
      Raw.Throughput measured = openCases(bench, sizes.clients(), sizes.commandTime());
      Raw.Throughput baseline =
          bench.raw.singleRows(sizes.clients(), sizes.commandTime(), rowBytes);
      rates.add(measured.perSecond());
      baselineRates.add(baseline.perSecond());
      p50.add(measured.latency().median());
      p99.add(measured.latency().p99());
      baselineP50.add(baseline.latency().median());
      baselineP99.add(baseline.latency().p99());
      log.info(
          "  run {}: {} commands/s (p99 {} ms) vs raw {} rows/s",
          run + 1,
          Row.number(measured.perSecond()),
          Row.number(measured.latency().p99()),
          Row.number(baseline.perSecond()));
    }
    bench.recordings.stop(bench.command, "commands");
    bench.results.add(
        new Row(
            "single-event commands (HTTP, " + sizes.clients() + " clients)",
            "commands/s",
            Stats.of(rates),
            Stats.of(baselineRates),
            false,
            ">= 3,000/s"));
    bench.results.add(
        new Row(
            "  command latency p50 (per run)",
            "ms",
            Stats.of(p50),
            Stats.of(baselineP50),
            true,
            ""));
    bench.results.add(
        new Row(
            "  command latency p99 (per run)",
            "ms",
            Stats.of(p99),
            Stats.of(baselineP99),
            true,
            "<= 20 ms"));
    bench.results.note(
        "Commands: baseline = one INSERT per transaction of a "
            + rowBytes
            + "-byte row (the average stored event) into an event-store-like table, same clients.");
  }

  /** {@code clients} threads each opening reconsideration cases over HTTP for {@code time}. */
  private static Raw.Throughput openCases(Bench bench, int clients, Duration time)
      throws InterruptedException {
    String url = bench.command.baseUrl() + "/api/reconsiderations";
    Latencies latencies = new Latencies();
    AtomicLong done = new AtomicLong();
    long until = System.nanoTime() + time.toNanos();
    long started = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      threads.add(
          Raw.spawn(
              () -> {
                while (System.nanoTime() < until) {
                  long begin = System.nanoTime();
                  String body = bench.cases.reconsideration(LocalDate.of(2023, 3, 14));
                  Http.expect(
                      Http.post(Caller.RECONSIDERATION_OFFICER, url, "application/json", body),
                      201);
                  latencies.add(System.nanoTime() - begin);
                  done.incrementAndGet();
                }
              }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return new Raw.Throughput(done.get(), System.nanoTime() - started, latencies.stats());
  }
}
