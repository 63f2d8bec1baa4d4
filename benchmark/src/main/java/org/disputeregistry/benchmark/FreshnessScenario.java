package org.disputeregistry.benchmark;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * From a command's 201 to the statistic counting it, as a curve: cases opened at several steady
 * rates, about 25 a second (every command at 25/s or less, every 20th from 500/s) on a business day
 * of its own, and a poller timing until the query side's statistic for that day counts it. The
 * rates are {@code bench.freshnessRates} (commands/s, comma-separated), by default fractions of the
 * rate the command side sustained in the commands phase of the same run, or of {@code
 * bench.freshnessRate} without one. Before each rate the pipeline is left to go idle (the relay has
 * published every stored event, the projection has consumed every record), so that a curve point
 * measures the pipeline, not the queues an earlier phase left behind; how long that took is
 * reported. No baseline: a target only, and the rate the command side accepted.
 */
final class FreshnessScenario implements Scenario {

  private static final Logger log = LoggerFactory.getLogger(FreshnessScenario.class);

  /** The commands phase's figure: the rate the command side sustained. */
  private static final String COMMANDS = "single-event commands";

  /** Fractions of the sustained command rate offered when no rates are given. */
  private static final double[] FRACTIONS = {0.125, 0.25, 0.5, 0.75};

  /**
   * Sampled cases get days of their own: 2020-2022 (a case is received only in a year with a
   * statutory calendar, 2020 on; the other scenarios' cases are received in 2023). A day is used
   * again once all were used, its sample then waiting for the day's next count.
   */
  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

  private static final int DAYS =
      (int) (LocalDate.of(2023, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay());
  private static final Pattern CASE_ID = Pattern.compile("\"caseId\":\"([^\"]+)\"");

  /** A warm-up round; the warm-up takes at least {@code bench.warmUpSeconds}. */
  private static final Duration WARM_UP_ROUND = Duration.ofSeconds(10);

  private static final int MAX_WARM_UP_ROUNDS = 12;

  private final AtomicInteger samples = new AtomicInteger();

  @Override
  public void run(Bench bench) throws Exception {
    int[] rates = rates(bench);
    log.info("Freshness: {} commands/s for {} per run", Arrays.toString(rates), time(bench));
    bench.recordings.start(bench.command, "freshness");
    bench.recordings.start(bench.query, "freshness");
    List<Double> warmUp = warmUp(bench, rates[rates.length / 2]);
    List<String> curve = new ArrayList<>();
    for (int rate : rates) {
      curve.add(measure(bench, rate));
    }
    bench.recordings.stop(bench.command, "freshness");
    bench.recordings.stop(bench.query, "freshness");
    bench.results.note(
        "Freshness: per offered rate, %d runs of %ds; about 25 commands a second (at most every 20th)"
                .formatted(bench.sizes.runs(), time(bench).toSeconds())
            + " timed from their 201 to the statistic of their own business day counting them"
            + " (the read-model row looked for every 5 ms, then the statistic asked over HTTP),"
            + " after the pipeline went idle (relay at the store's head, projection at the topic's end)."
            + " Pooled per rate: "
            + String.join("; ", curve)
            + ". Target p99 <= 250 ms at half the sustained command rate. No raw baseline."
            + " Before the curve, rounds at %d/s until the query-service's JIT compiler is done"
                .formatted(rates[rates.length / 2])
            + " (p50 per round, ms): "
            + WarmUp.trail(warmUp)
            + ".");
  }

  /** One point of the curve: its rows, and its pooled figures as a note. */
  private String measure(Bench bench, int rate) throws Exception {
    Duration idle = awaitIdle(bench);
    List<Double> accepted = new ArrayList<>();
    List<Double> p50 = new ArrayList<>();
    List<Double> p90 = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    Latencies all = new Latencies();
    Latencies allToTopic = new Latencies();
    for (int run = 0; run < bench.sizes.runs(); run++) {
      Latencies latencies = new Latencies();
      Latencies toTopic = new Latencies();
      AtomicLong failures = new AtomicLong();
      try (TopicTail tail = new TopicTail(bench.kafka, Bench.TOPIC)) {
        accepted.add(
            offer(
                bench,
                rate,
                time(bench),
                new StatisticPoller.Timings(tail, latencies, toTopic, all, allToTopic),
                failures));
      }
      p50.add(latencies.quantileMillis(0.50));
      p90.add(latencies.quantileMillis(0.90));
      p99.add(latencies.quantileMillis(0.99));
      log.info(
          "  {}/s run {}: accepted {}/s, freshness p50 {} p90 {} p99 {} ms ({} samples, {} failed);"
              + " 201 -> topic p50 {} p99 {} ms",
          rate,
          run + 1,
          Row.number(accepted.get(run)),
          Row.number(p50.get(run)),
          Row.number(p90.get(run)),
          Row.number(p99.get(run)),
          latencies.count(),
          failures.get(),
          Row.number(toTopic.quantileMillis(0.50)),
          Row.number(toTopic.quantileMillis(0.99)));
    }
    String at = "freshness at " + rate + "/s offered: ";
    bench.results.add(
        new Row(at + "commands accepted", "commands/s", Stats.of(accepted), null, false, ""));
    bench.results.add(new Row("  " + at + "p50 (per run)", "ms", Stats.of(p50), null, true, ""));
    bench.results.add(new Row("  " + at + "p90 (per run)", "ms", Stats.of(p90), null, true, ""));
    bench.results.add(
        new Row("  " + at + "p99 (per run)", "ms", Stats.of(p99), null, true, "<= 250 ms"));
    return ("%d/s offered (idle after %.1f s): p50 %s, p90 %s, p99 %s ms (%d samples);"
            + " of which 201 -> topic p50 %s, p99 %s ms")
        .formatted(
            rate,
            idle.toMillis() / 1000.0,
            Row.number(all.quantileMillis(0.50)),
            Row.number(all.quantileMillis(0.90)),
            Row.number(all.quantileMillis(0.99)),
            all.count(),
            Row.number(allToTopic.quantileMillis(0.50)),
            Row.number(allToTopic.quantileMillis(0.99)));
  }

  /**
   * {@code bench.freshnessRates}; else fractions of the commands phase's sustained rate; else the
   * same fractions of {@code bench.freshnessRate} (the 1,000/s of the target by default).
   */
  private static int[] rates(Bench bench) {
    String given = System.getProperty("bench.freshnessRates");
    if (given != null) {
      return Arrays.stream(given.split(","))
          .mapToInt(rate -> Integer.parseInt(rate.strip()))
          .toArray();
    }
    OptionalDouble sustained = bench.results.median(COMMANDS);
    sustained.ifPresent(
        rate -> log.info("Freshness: the command side sustained {}/s", Row.number(rate)));
    double basis = sustained.orElse(bench.sizes.freshnessRate());
    return Arrays.stream(FRACTIONS)
        .mapToInt(f -> (int) Math.max(1, Math.round(f * basis)))
        .toArray();
  }

  /**
   * Rounds of a curve rate until the query-service's JIT compiler is done ({@link WarmUp}), also
   * after a commands phase: that phase warms the command side only. The query side's one-record
   * projection batches and the statistic read were still interpreted (JFR, 5 December: 83% of the
   * request threads' and 63% of the consumer threads' samples in the first 10 s, under 15% after a
   * minute), and the first point's first run measured the compiler: p99 7.8-9.2 s, its second run
   * 0.55 s.
   */
  private List<Double> warmUp(Bench bench, int rate) throws Exception {
    return WarmUp.rounds(
        "freshness at " + rate + "/s (p50 ms)",
        bench.query.pid(),
        bench.sizes,
        MAX_WARM_UP_ROUNDS,
        true,
        () -> {
          Latencies latencies = new Latencies();
          Latencies ignored = new Latencies();
          try (TopicTail tail = new TopicTail(bench.kafka, Bench.TOPIC)) {
            offer(
                bench,
                rate,
                WARM_UP_ROUND,
                new StatisticPoller.Timings(tail, latencies, ignored, ignored, ignored),
                new AtomicLong());
          }
          return latencies.quantileMillis(0.50);
        });
  }

  private static Duration time(Bench bench) {
    return bench.sizes.freshnessTime();
  }

  /**
   * Waits until nothing of earlier commands is still on its way: the relay has published every
   * stored event (the topic holds at least as many records: a retried batch may repeat some) and
   * the projection has consumed every record of the topic.
   */
  private static Duration awaitIdle(Bench bench) throws SQLException {
    long started = System.nanoTime();
    long deadline = started + TimeUnit.MINUTES.toNanos(10);
    long stored = bench.servers.queryLong(bench.commandDb, "SELECT count(*) FROM domainevententry");
    boolean logged = false;
    while (true) {
      long published = bench.kafka.size(Bench.TOPIC);
      long projected = bench.projectedOffsets(bench.queryDb);
      if (published >= stored && projected >= published) {
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("  pipeline idle after {} ms ({} events stored)", took.toMillis(), stored);
        return took;
      }
      if (!logged) {
        log.info(
            "  waiting for the pipeline: {} events not yet published, {} records not yet projected",
            Math.max(0, stored - published),
            Math.max(0, published - projected));
        logged = true;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The pipeline did not go idle in 10 minutes");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
    }
  }

  /** One run: offers {@code rate} commands/s; gives the rate the command side accepted. */
  private double offer(
      Bench bench, int rate, Duration time, StatisticPoller.Timings timings, AtomicLong failures)
      throws InterruptedException {
    ConcurrentLinkedQueue<StatisticPoller.Sample> pending = new ConcurrentLinkedQueue<>();
    ExecutorService clients = Executors.newFixedThreadPool(64);
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    long total = rate * time.toSeconds();
    // Enough samples for a p99 at low rates; each costs the query-service one statistic request.
    int every = Math.max(1, Math.min(20, rate / 25));
    AtomicLong lastAccepted = new AtomicLong();
    Thread poller =
        Raw.spawn(
            () -> StatisticPoller.poll(bench, pending, timings, () -> clients.isTerminated()));
    long start = System.nanoTime();
    for (long i = 0; i < total; i++) {
      LockSupport.parkNanos(start + i * interval - System.nanoTime());
      boolean sample = i % every == 0;
      int n = sample ? samples.getAndIncrement() : 0;
      LocalDate day = sample ? FIRST_DAY.plusDays(n % DAYS) : LocalDate.of(2023, 6, 1);
      long expected = n / DAYS + 1;
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
              pending.add(new StatisticPoller.Sample(day, expected, caseId(body), now));
            }
          });
    }
    clients.shutdown();
    clients.awaitTermination(5, TimeUnit.MINUTES);
    poller.join();
    // What the command side accepted: below the offered rate when it cannot keep up.
    return total / Raw.seconds(lastAccepted.get() - start);
  }

  private static String caseId(String body) {
    Matcher id = CASE_ID.matcher(body);
    if (!id.find()) {
      throw new IllegalStateException("A command without a case id");
    }
    return id.group(1);
  }
}
