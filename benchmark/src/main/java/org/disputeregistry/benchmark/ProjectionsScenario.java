package org.disputeregistry.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.disputeregistry.testsupport.ServiceProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The projections over the whole topic: a new query-service instance catching up on an empty
 * database, and a full rebuild on the live one; beside a plain consumer upserting what it reads.
 */
final class ProjectionsScenario implements Scenario {

  private static final Logger log = LoggerFactory.getLogger(ProjectionsScenario.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Single-event cases per back-fill request ({@code bench.singleEventCases}). */
  private static final int SINGLE_EVENT_LINES = 10_000;

  @Override
  public void run(Bench bench) throws Exception {
    addSingleEventCases(bench);
    long events = bench.kafka.size(Bench.TOPIC);
    log.info("Projection catch-up and rebuild over {} events per run", events);
    Runs service = new Runs();
    Runs pair = new Runs();
    Runs raw = new Runs();
    for (int run = 0; run < bench.sizes.runs(); run++) {
      if (bench.pairQueryJar == null) {
        catchUp(bench, null, "", run, events, service);
      } else {
        // Each jar goes first in every other run: the first of a pair can meet a colder page cache.
        for (int k = 0; k < 2; k++) {
          if ((run + k) % 2 == 0) {
            catchUp(bench, null, "", run, events, service);
          } else {
            catchUp(bench, bench.pairQueryJar, "pair-", run, events, pair);
          }
        }
      }
      raw.add(bench.raw.consumeAndUpsert(Bench.TOPIC));
      log.info(
          "  catch-up run {}: {} events/s vs raw consumer + upsert {} events/s",
          run + 1,
          Row.number(service.rates.get(run)),
          Row.number(raw.rates.get(run)));
    }
    bench.results.add(
        new Row(
            "projection catch-up (fresh database)",
            "events/s",
            Stats.of(service.rates),
            Stats.of(raw.rates),
            false,
            ">= 40,000/s"));
    bench.results.add(
        new Row(
            "  JVM CPU per event (raw: its thread)",
            "µs",
            Stats.of(service.jvmCpu),
            Stats.of(raw.jvmCpu),
            true,
            ""));
    bench.results.add(
        new Row(
            "  PostgreSQL backends' CPU per event",
            "µs",
            Stats.of(service.dbCpu),
            Stats.of(raw.dbCpu),
            true,
            ""));
    bench.results.add(
        new Row(
            "  the whole machine's CPU per event (every process)",
            "µs",
            Stats.of(service.machineCpu),
            Stats.of(raw.machineCpu),
            true,
            "<= %.0f at 40,000/s".formatted(budgetMicros(40_000))));
    if (bench.pairQueryJar != null) {
      addPairRows(bench, service, pair, raw);
    }
    Runs rebuild = rebuild(bench);
    bench.results.add(
        new Row(
            "full rebuild (admin endpoint, live service)",
            "events/s",
            Stats.of(rebuild.rates),
            Stats.of(raw.rates),
            false,
            "10M in < 5 min (>= 33,334/s)"));
    bench.results.add(
        new Row(
            "  the whole machine's CPU per event (every process)",
            "µs",
            Stats.of(rebuild.machineCpu),
            Stats.of(raw.machineCpu),
            true,
            "<= %.0f at 33,334/s".formatted(budgetMicros(33_334))));
    bench.results.note(
        "Projections: catch-up = a new query-service instance (own consumer group) on an empty"
            + " database over the whole topic of %d events, timed from its first stored offset to the"
                .formatted(events)
            + " last; rebuild = POST /api/admin/rebuild on the live instance, timed by its own"
            + " startedAt/finishedAt. At the median rebuild rate 10 million events take %.1f min."
                .formatted(10_000_000 / Stats.of(rebuild.rates).median() / 60)
            + " Baseline = a plain consumer reading the topic, per poll one transaction of batched"
            + " upserts (case, last sequence, payload) and partition offsets.");
  }

  /**
   * {@code bench.singleEventCases} (default 0) reconsiderations back-filled before the runs, each
   * its opening alone: the single-event cases that the commands and freshness phases put on the
   * full run's topic, in seconds instead of minutes. Waits until the relay has published them and
   * the live projection has applied them.
   */
  private static void addSingleEventCases(Bench bench) throws IOException, SQLException {
    int cases = Integer.getInteger("bench.singleEventCases", 0);
    LocalDate receivedOn = LocalDate.of(2023, 3, 14); // the commands phase's day
    for (int done = 0; done < cases; ) {
      int lines = Math.min(SINGLE_EVENT_LINES, cases - done);
      StringBuilder file = new StringBuilder();
      for (int i = 0; i < lines; i++) {
        file.append(bench.cases.reconsiderationLine(receivedOn)).append('\n');
      }
      BackfillScenario.post(bench, file.toString());
      done += lines;
    }
    if (cases > 0) {
      long stored =
          bench.servers.queryLong(bench.commandDb, "SELECT count(*) FROM domainevententry");
      bench.awaitTopicSize(Bench.TOPIC, stored, Duration.ofMinutes(15));
      bench.awaitProjected(bench.queryDb, "The live query-service", stored, Duration.ofMinutes(15));
      log.info("Back-filled {} single-event reconsiderations; the topic holds {}", cases, stored);
    }
  }

  /**
   * One catch-up by a new instance of the query jar ({@code jar} null) or of the pair's; with a
   * pair, the instance then rebuilds its read model, timed like the live one's.
   */
  private static void catchUp(Bench bench, Path jar, String prefix, int run, long events, Runs runs)
      throws Exception {
    String name = "query-service-" + prefix + "catchup-" + (run + 1);
    String databaseName = "bench_" + prefix.replace("-", "_") + "catchup_" + run;
    String database = bench.servers.freshDatabase(databaseName);
    List<String> jvmOptions = run == 0 ? bench.recordings.fromStart(name) : List.of();
    if (run == 0 && Boolean.getBoolean("bench.catchUpStatementLog")) {
      // Every statement of the first catch-up with its time, in PostgreSQL's log: which cost what.
      bench.servers.execute(
          database, "ALTER DATABASE " + databaseName + " SET log_min_duration_statement = 0");
    }
    String group = "bench-" + prefix + "catchup-" + run;
    try (ServiceProcess catchUp =
        jar == null
            ? bench.startQuery(name, database, group, jvmOptions)
            : bench.startQuery(jar, name, database, group, jvmOptions)) {
      Raw.Consumed consumed = timeCatchUp(bench, catchUp, database, events);
      bench.results.peakHeap("query-service (catch-up)", catchUp.peakHeapBytes());
      log.info(
          "  {}: {} events/s, JVM {} µs, PostgreSQL {} µs per event",
          name,
          Row.number(consumed.perSecond()),
          Row.number(consumed.jvmMicrosPerEvent()),
          Row.number(consumed.dbMicrosPerEvent()));
      if (bench.pairQueryJar != null) {
        String url = catchUp.baseUrl() + "/api/admin/rebuild";
        start(url);
        JsonNode progress = awaitRebuild(url);
        double rate = progress.path("eventsRead").asLong() / secondsOf(progress);
        runs.rebuilds.add(rate);
        log.info("  {} rebuild: {} events/s", name, Row.number(rate));
      }
      runs.add(consumed);
    }
  }

  private static void addPairRows(Bench bench, Runs service, Runs pair, Runs raw) {
    String jar = bench.pairQueryJar.getFileName().toString();
    bench.results.add(
        new Row(
            "projection catch-up, pair jar (" + jar + ")",
            "events/s",
            Stats.of(pair.rates),
            Stats.of(raw.rates),
            false,
            ""));
    bench.results.add(
        new Row(
            "  JVM CPU per event, pair jar",
            "µs",
            Stats.of(pair.jvmCpu),
            Stats.of(raw.jvmCpu),
            true,
            ""));
    bench.results.add(
        new Row(
            "  PostgreSQL backends' CPU per event, pair jar",
            "µs",
            Stats.of(pair.dbCpu),
            Stats.of(raw.dbCpu),
            true,
            ""));
    bench.results.add(
        new Row(
            "rebuild on the catch-up instance, query jar",
            "events/s",
            Stats.of(service.rebuilds),
            Stats.of(raw.rates),
            false,
            ""));
    bench.results.add(
        new Row(
            "rebuild on the catch-up instance, pair jar",
            "events/s",
            Stats.of(pair.rebuilds),
            Stats.of(raw.rates),
            false,
            ""));
  }

  private static double secondsOf(JsonNode progress) {
    return Duration.between(
                Instant.parse(progress.path("startedAt").asText()),
                Instant.parse(progress.path("finishedAt").asText()))
            .toMillis()
        / 1000.0;
  }

  /**
   * The rebuilds' rates, and the machine's CPU per event from the POST until the rebuild is seen
   * done (polled every 100 ms, so a little more than the rebuild itself).
   */
  private static Runs rebuild(Bench bench) throws IOException {
    Runs runs = new Runs();
    bench.recordings.start(bench.query, "rebuild");
    for (int run = 0; run < bench.sizes.runs(); run++) {
      String url = bench.query.baseUrl() + "/api/admin/rebuild";
      long machineCpu = ProcessCpu.ofMachine();
      start(url);
      JsonNode progress = awaitRebuild(url);
      long events = progress.path("eventsRead").asLong();
      runs.rates.add(events / secondsOf(progress));
      runs.machineCpu.add((ProcessCpu.ofMachine() - machineCpu) / 1e3 / events);
      log.info("  rebuild run {}: {} events in {} s", run + 1, events, secondsOf(progress));
    }
    bench.recordings.stop(bench.query, "rebuild");
    return runs;
  }

  /** The CPU per event the machine's cores have in all at the given rate. */
  private static double budgetMicros(double eventsPerSecond) {
    return Runtime.getRuntime().availableProcessors() * 1e6 / eventsPerSecond;
  }

  /**
   * Starts a rebuild. The previous run says it finished a moment before its thread lets go of the
   * rebuild's lock: on a loaded machine a run started at once can still find it held (409).
   */
  private static void start(String url) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    HttpResponse<String> response = Http.post(Caller.ADMIN, url, "application/json", "");
    while (response.statusCode() == 409 && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
      response = Http.post(Caller.ADMIN, url, "application/json", "");
    }
    Http.expect(response, 202);
  }

  /**
   * Events/s from the first offset the new instance stored to the last, and the CPU its JVM and its
   * database's backends spent in between. One connection watches the offsets: a new one per look
   * would make PostgreSQL start a backend every 20 ms beside the catch-up.
   */
  private static Raw.Consumed timeCatchUp(
      Bench bench, ServiceProcess catchUp, String database, long events) throws SQLException {
    Backends backends = new Backends(bench.servers.postgresPid(), database);
    long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
    long firstAt = 0;
    long firstCount = 0;
    long jvmCpu = 0;
    long dbCpu = 0;
    long machineCpu = 0;
    try (Connection connection = bench.servers.connect(database)) {
      while (System.nanoTime() < deadline) {
        long projected = Bench.projectedOffsets(connection);
        if (projected > 0 && firstAt == 0) {
          firstAt = System.nanoTime();
          firstCount = projected;
          jvmCpu = ProcessCpu.ofProcess(catchUp.pid());
          dbCpu = backends.cpuNanos();
          machineCpu = ProcessCpu.ofMachine();
        }
        if (projected >= events) {
          long counted = events - firstCount;
          return new Raw.Consumed(
              counted / Raw.seconds(System.nanoTime() - firstAt),
              (ProcessCpu.ofProcess(catchUp.pid()) - jvmCpu) / 1e3 / counted,
              (backends.cpuNanos() - dbCpu) / 1e3 / counted,
              (ProcessCpu.ofMachine() - machineCpu) / 1e3 / counted);
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
      }
    }
    throw new IllegalStateException("The catch-up did not finish within 15 minutes");
  }

  /** Per-run figures of a consumer of the whole topic. */
  private static final class Runs {
    final List<Double> rates = new ArrayList<>();
    final List<Double> jvmCpu = new ArrayList<>();
    final List<Double> dbCpu = new ArrayList<>();
    final List<Double> machineCpu = new ArrayList<>();

    /** Rebuilds on the catch-up instances (with {@code bench.pairQueryJar} only). */
    final List<Double> rebuilds = new ArrayList<>();

    void add(Raw.Consumed consumed) {
      rates.add(consumed.perSecond());
      jvmCpu.add(consumed.jvmMicrosPerEvent());
      dbCpu.add(consumed.dbMicrosPerEvent());
      machineCpu.add(consumed.machineMicrosPerEvent());
    }
  }

  private static JsonNode awaitRebuild(String url) throws IOException {
    long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode progress = JSON.readTree(Http.get(Caller.ADMIN, url).body());
      String phase = progress.path("phase").asText();
      if (phase.equals("DONE")) {
        return progress;
      }
      if (phase.equals("FAILED")) {
        throw new IllegalStateException("The rebuild failed: " + progress);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }
    throw new IllegalStateException("The rebuild did not finish within 20 minutes");
  }
}
