package org.disputeregistry.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.disputeregistry.testsupport.ServiceProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Single-event commands over HTTP from concurrent clients, beside two baselines in the same run:
 * the same requests to a minimal Spring Boot application that stores one event-sized row per
 * request (module benchmark-baseline: what a team would write without this stack), and one INSERT
 * per transaction of a row as large as the average stored event from as many JDBC clients. Both
 * applications are warmed until their rate stops rising, then measured in turns.
 */
final class CommandsScenario implements Scenario {

  private static final Logger log = LoggerFactory.getLogger(CommandsScenario.class);

  @Override
  public void run(Bench bench) throws Exception {
    Sizes sizes = bench.sizes;
    log.info("Commands: {} clients, {} per run", sizes.clients(), sizes.commandTime());
    // A fresh JVM needs tens of seconds of this load before the JIT compiler stops taking a
    // quarter of the CPU (the same jar ran 143/s in its first 30 s and 1,229/s in its third).
    List<Double> serviceWarmUp = warmUp(bench, bench.command);
    int rowBytes = bench.averageStoredEventBytes();
    ServiceProcess baseline = bench.startBaseline(rowBytes);
    try {
      List<Double> baselineWarmUp = warmUp(bench, baseline);
      measure(bench, baseline, rowBytes);
      bench.results.note(
          "Commands: warm-up rounds of "
              + sizes.commandTime().toSeconds()
              + " s until one in which the JIT compiler threads took less than "
              + Math.round(WarmUp.STEADY * 100)
              + "% of the JVM's CPU and the rate rose less than that (at least "
              + sizes.warmUp().toSeconds()
              + " s, at most "
              + sizes.warmUpMax().toSeconds()
              + " s): service "
              + WarmUp.trail(serviceWarmUp)
              + ", Spring Boot baseline "
              + WarmUp.trail(baselineWarmUp)
              + " commands/s. Spring Boot baseline = module benchmark-baseline (same request body"
              + " and @Valid constraints, one INSERT of a "
              + rowBytes
              + "-byte row per request, no Axon, no security); raw = one INSERT per transaction"
              + " of the same row size, same number of clients.");
    } finally {
      baseline.close();
    }
  }

  private static void measure(Bench bench, ServiceProcess baseline, int rowBytes) throws Exception {
    Sizes sizes = bench.sizes;
    Runs service = new Runs();
    Runs boot = new Runs();
    Runs raw = new Runs();
    Backends postgres = new Backends(bench.servers.postgresPid(), bench.commandDb);
    Backends baselineDb = new Backends(postgres.pid(), Bench.BASELINE_DB);
    for (int run = 0; run < sizes.runs(); run++) {
      service.add(openCases(bench, bench.command, postgres, sizes.commandTime()));
      boot.add(openCases(bench, baseline, baselineDb, sizes.commandTime()));
      raw.add(bench.raw.singleRows(sizes.clients(), sizes.commandTime(), rowBytes), 0, 0);
      log.info(
          "  run {}: service {} commands/s (p99 {} ms), Spring Boot baseline {}/s (p99 {} ms),"
              + " raw {} rows/s",
          run + 1,
          Row.number(service.rates.get(run)),
          Row.number(service.p99.get(run)),
          Row.number(boot.rates.get(run)),
          Row.number(boot.p99.get(run)),
          Row.number(raw.rates.get(run)));
    }
    // Profiled apart from the measured runs: JFR's own cost grows with the request rate, so it
    // would slow the faster baseline more than the service.
    bench.recordings.start(bench.command, "commands");
    openCases(bench, bench.command, Backends.NONE, sizes.commandTime());
    bench.recordings.stop(bench.command, "commands");
    bench.recordings.start(baseline, "commands");
    openCases(bench, baseline, Backends.NONE, sizes.commandTime());
    bench.recordings.stop(baseline, "commands");
    String clients = sizes.clients() + " clients";
    bench.results.add(
        row(
            "single-event commands (HTTP, " + clients + ") vs Spring Boot",
            "commands/s",
            service.rates,
            boot.rates,
            false,
            ">= 0.5 of it"));
    bench.results.add(row("  latency p50 (per run)", "ms", service.p50, boot.p50, true, ""));
    bench.results.add(
        row("  latency p99 (per run)", "ms", service.p99, boot.p99, true, "<= 2x (ratio >= 0.5)"));
    bench.results.add(row("  JVM CPU per command", "µs", service.jvmCpu, boot.jvmCpu, true, ""));
    bench.results.add(
        row("  PostgreSQL backends' CPU per command", "µs", service.dbCpu, boot.dbCpu, true, ""));
    bench.results.add(
        row(
            "  the whole machine's CPU per command (every process, the clients too)",
            "µs",
            service.machineCpu,
            boot.machineCpu,
            true,
            ""));
    bench.results.add(
        row(
            "single-event commands vs raw JDBC",
            "commands/s",
            service.rates,
            raw.rates,
            false,
            ">= 3,000/s"));
    bench.results.add(row("  latency p50 (per run)", "ms", service.p50, raw.p50, true, ""));
    bench.results.add(row("  latency p99 (per run)", "ms", service.p99, raw.p99, true, "<= 20 ms"));
  }

  private static Row row(
      String figure,
      String unit,
      List<Double> measured,
      List<Double> baseline,
      boolean lowerIsBetter,
      String target) {
    return new Row(figure, unit, Stats.of(measured), Stats.of(baseline), lowerIsBetter, target);
  }

  /** Rounds of commands to {@code target} until the JIT compiler is done ({@link WarmUp}). */
  private static List<Double> warmUp(Bench bench, ServiceProcess target) throws Exception {
    return WarmUp.rounds(
        target.name() + " (commands/s)",
        target.pid(),
        bench.sizes,
        Integer.MAX_VALUE,
        false,
        () ->
            openCases(bench, target, Backends.NONE, bench.sizes.commandTime())
                .throughput
                .perSecond());
  }

  /**
   * What one run measured: its throughput and the CPU the service, PostgreSQL and the whole machine
   * spent.
   */
  private record Measured(
      Raw.Throughput throughput, long jvmCpuNanos, long dbCpuNanos, long machineCpuNanos) {}

  /** Per-run figures of one target. */
  private static final class Runs {
    final List<Double> rates = new ArrayList<>();
    final List<Double> p50 = new ArrayList<>();
    final List<Double> p99 = new ArrayList<>();
    final List<Double> jvmCpu = new ArrayList<>();
    final List<Double> dbCpu = new ArrayList<>();
    final List<Double> machineCpu = new ArrayList<>();

    void add(Measured measured) {
      add(measured.throughput, measured.jvmCpuNanos, measured.dbCpuNanos);
      machineCpu.add(
          measured.machineCpuNanos / 1e3 / Math.max(1, measured.throughput.operations()));
    }

    void add(Raw.Throughput throughput, long jvmCpuNanos, long dbCpuNanos) {
      rates.add(throughput.perSecond());
      p50.add(throughput.latency().median());
      p99.add(throughput.latency().p99());
      jvmCpu.add(jvmCpuNanos / 1e3 / Math.max(1, throughput.operations()));
      dbCpu.add(dbCpuNanos / 1e3 / Math.max(1, throughput.operations()));
    }
  }

  /**
   * {@code clients} threads each opening reconsideration cases over HTTP at {@code target} for
   * {@code time}, with the CPU its JVM and its database's PostgreSQL backends spent.
   */
  private static Measured openCases(
      Bench bench, ServiceProcess target, Backends postgres, Duration time)
      throws InterruptedException {
    String url = target.baseUrl() + "/api/reconsiderations";
    int clients = bench.sizes.clients();
    Latencies latencies = new Latencies();
    AtomicLong done = new AtomicLong();
    long jvmCpu = ProcessCpu.ofProcess(target.pid());
    long dbCpu = postgres.cpuNanos();
    long machineCpu = ProcessCpu.ofMachine();
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
    Raw.Throughput throughput =
        new Raw.Throughput(done.get(), System.nanoTime() - started, latencies.stats());
    return new Measured(
        throughput,
        ProcessCpu.ofProcess(target.pid()) - jvmCpu,
        postgres.cpuNanos() - dbCpu,
        ProcessCpu.ofMachine() - machineCpu);
  }
}
