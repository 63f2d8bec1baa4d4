package org.disputeregistry.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.disputeregistry.testsupport.ServiceProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A year's statistics on a read model that stands for {@code bench.bigEvents} events: a
 * query-service instance of its own projects the topic, its case rows are multiplied in SQL ({@link
 * ReadModelCopies}), then concurrent clients ask for the year's figures; beside one plain aggregate
 * per case table over the same year.
 */
final class YearTotalsScenario implements Scenario {

  private static final Logger log = LoggerFactory.getLogger(YearTotalsScenario.class);

  /** How often the counters change during the extra run ({@link CounterChurn}). */
  private static final int CHURN_MS = 100;

  private static final String[] YEAR_FIGURES = {
    "/api/statistics/reconsiderations?year=2023",
    "/api/statistics/commercial-mediations?year=2023",
    "/api/statistics/petitions?year=2023"
  };

  @Override
  public void run(Bench bench) throws Exception {
    Sizes sizes = bench.sizes;
    String database = bench.servers.freshDatabase("bench_big");
    long events = bench.kafka.size(Bench.TOPIC);
    try (ServiceProcess big =
        bench.startQuery("query-service-10m", database, "bench-big", List.of())) {
      bench.awaitProjected(database, "bench-big", events, Duration.ofMinutes(15));
      long represented = new ReadModelCopies(bench.servers, database).amplify(sizes.bigEvents());
      List<Double> warmUp = warmUp(big, sizes);
      List<Double> rates = new ArrayList<>();
      List<Double> runP99 = new ArrayList<>();
      Latencies latencies = new Latencies();
      for (int run = 0; run < sizes.runs(); run++) {
        Raw.Throughput measured =
            yearQueries(big, sizes.queryClients(), latencies, sizes.queryTime());
        rates.add(measured.perSecond());
        runP99.add(measured.latency().p99());
        log.info(
            "  run {}: {} queries/s (p50 {} ms, p99 {} ms)",
            run + 1,
            Row.number(measured.perSecond()),
            Row.number(measured.latency().median()),
            Row.number(measured.latency().p99()));
      }
      Latencies annual = annualTotals(big, 120);
      // One more run while the counters change: what a cache of their answers gives then.
      Latencies changing = new Latencies();
      Latencies annualChanging;
      long changes;
      try (CounterChurn churn =
          CounterChurn.start(bench.servers, database, Duration.ofMillis(CHURN_MS))) {
        yearQueries(big, sizes.queryClients(), changing, sizes.queryTime());
        annualChanging = annualTotals(big, 120);
        changes = churn.changes();
      }
      log.info(
          "  while the counters change every {} ms ({} changes): p50 {} ms, p99 {} ms",
          CHURN_MS,
          changes,
          Row.number(changing.stats().median()),
          Row.number(changing.stats().p99()));
      // JFR records one more round after the measured ones, not during them (as for the
      // commands): with the recording on, the runs' p99 was 108-186 ms, the warm-up's 7-13 ms.
      bench.recordings.start(big, "year-totals");
      yearQueries(big, sizes.queryClients(), new Latencies(), sizes.queryTime());
      annualTotals(big, 20);
      bench.recordings.stop(big, "year-totals");
      // The raw aggregates scan the 10M rows for seconds: run beside the service's queries they
      // would measure PostgreSQL's contention between the two, not the service.
      List<Double> baselineRates = new ArrayList<>();
      for (int run = 0; run < sizes.runs(); run++) {
        Raw.Throughput baseline =
            bench.raw.yearAggregates(database, sizes.queryClients(), sizes.queryTime(), 2023);
        baselineRates.add(baseline.perSecond());
        log.info(
            "  raw aggregate run {}: {} queries/s (p99 {} ms)",
            run + 1,
            Row.number(baseline.perSecond()),
            Row.number(baseline.latency().p99()));
      }
      bench.results.peakHeap("query-service (10M)", big.peakHeapBytes());
      bench.results.add(
          new Row(
              "year totals at " + Row.number(represented) + " events",
              "queries/s",
              Stats.of(rates),
              Stats.of(baselineRates),
              false,
              ""));
      bench.results.add(
          new Row(
              "  year totals latency p50 / p99 (all runs)",
              "ms",
              latencies.stats(),
              null,
              true,
              "p99 <= 10 ms"));
      bench.results.add(
          new Row(
              "  annual report totals (GET /api/statistics/totals), one client",
              "ms",
              annual.stats(),
              null,
              true,
              ""));
      bench.results.add(
          new Row(
              "  year totals p50 / p99, counters changed every %d ms (one run)".formatted(CHURN_MS),
              "ms",
              changing.stats(),
              null,
              true,
              ""));
      bench.results.add(
          new Row(
              "  annual report totals, counters changed every %d ms".formatted(CHURN_MS),
              "ms",
              annualChanging.stats(),
              null,
              true,
              ""));
      bench.results.note(
          ("Year totals: GET /api/statistics/reconsiderations?year=2023,"
                  + " /commercial-mediations?year=2023 and /petitions?year=2023 in turn, %d"
                  + " clients, %ds per run, on read-model rows that stand for %s events: the topic"
                  + " projected by the service, then every case row copied in SQL with new case ids"
                  + " and the same dates (all in 2023: the worst case for a year's totals)."
                  + " Baseline = %d JDBC clients running one plain aggregate per case table over the"
                  + " same year, its runs after the service's (not beside them). Before the runs,"
                  + " rounds of the same queries (and 20 annual totals) until the JIT compiler is"
                  + " done and the p99 stops falling (after the copy the service is cold: its"
                  + " p99 fell run by run): warm-up p99 %s ms. Year-totals p99 per run: %s ms."
                  + " Then one more run (and 100 annual totals) while one counter row is written"
                  + " again unchanged every %d ms: the service's cached answers are read again"
                  + " after each such change.")
              .formatted(
                  sizes.queryClients(),
                  sizes.queryTime().toSeconds(),
                  Row.number(represented),
                  sizes.queryClients(),
                  WarmUp.trail(warmUp),
                  String.join(" / ", runP99.stream().map(Row::number).toList()),
                  CHURN_MS));
    }
  }

  /**
   * Rounds of the year queries, each followed by 20 annual totals, until the JIT compiler is done
   * and the p99 stops falling ({@link WarmUp}); the rounds' p99.
   */
  private static List<Double> warmUp(ServiceProcess big, Sizes sizes) throws Exception {
    return WarmUp.rounds(
        "year totals (p99 ms)",
        big.pid(),
        sizes,
        Integer.MAX_VALUE,
        true,
        () -> {
          double p99 =
              yearQueries(big, sizes.queryClients(), new Latencies(), sizes.queryTime())
                  .latency()
                  .p99();
          annualTotals(big, 20);
          return p99;
        });
  }

  /**
   * The report generator's input, every figure of the three types for the year, by month, street
   * and centre: one client, one after another, after a warm-up.
   */
  private static Latencies annualTotals(ServiceProcess big, int requests) {
    Latencies latencies = new Latencies();
    for (int i = 0; i < requests; i++) {
      long begin = System.nanoTime();
      Http.expect(
          Http.get(Caller.REPORT_GENERATOR, big.baseUrl() + "/api/statistics/totals?year=2023"),
          200);
      if (i >= 20) {
        latencies.add(System.nanoTime() - begin);
      }
    }
    return latencies;
  }

  /** {@code clients} threads taking turns at the three types' year figures for {@code time}. */
  private static Raw.Throughput yearQueries(
      ServiceProcess big, int clients, Latencies all, Duration time) throws InterruptedException {
    Latencies latencies = new Latencies();
    AtomicLong done = new AtomicLong();
    long until = System.nanoTime() + time.toNanos();
    long started = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      threads.add(
          Raw.spawn(
              () -> {
                int i = 0;
                while (System.nanoTime() < until) {
                  long begin = System.nanoTime();
                  String path = YEAR_FIGURES[i++ % YEAR_FIGURES.length];
                  Http.expect(Http.get(Caller.ANALYST, big.baseUrl() + path), 200);
                  long elapsed = System.nanoTime() - begin;
                  latencies.add(elapsed);
                  all.add(elapsed);
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
