package org.disputeregistry.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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

  @Override
  public void run(Bench bench) throws Exception {
    long events = bench.kafka.size(Bench.TOPIC);
    log.info("Projection catch-up and rebuild over {} events per run", events);
    Runs service = new Runs();
    Runs raw = new Runs();
    for (int run = 0; run < bench.sizes.runs(); run++) {
      String name = "query-service-catchup-" + (run + 1);
      String database = bench.servers.freshDatabase("bench_catchup_" + run);
      try (ServiceProcess catchUp =
          bench.startQuery(
              name,
              database,
              "bench-catchup-" + run,
              run == 0 ? bench.recordings.fromStart(name) : List.of())) {
        service.add(timeCatchUp(bench, catchUp, database, events));
        bench.results.peakHeap("query-service (catch-up)", catchUp.peakHeapBytes());
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
    Stats rebuild = rebuild(bench);
    bench.results.add(
        new Row(
            "full rebuild (admin endpoint, live service)",
            "events/s",
            rebuild,
            Stats.of(raw.rates),
            false,
            "10M in < 5 min (>= 33,334/s)"));
    bench.results.note(
        "Projections: catch-up = a new query-service instance (own consumer group) on an empty"
            + " database over the whole topic of %d events, timed from its first stored offset to the"
                .formatted(events)
            + " last; rebuild = POST /api/admin/rebuild on the live instance, timed by its own"
            + " startedAt/finishedAt. At the median rebuild rate 10 million events take %.1f min."
                .formatted(10_000_000 / rebuild.median() / 60)
            + " Baseline = a plain consumer reading the topic, per poll one transaction of batched"
            + " upserts (case, last sequence, payload) and partition offsets.");
  }

  private static Stats rebuild(Bench bench) throws IOException {
    List<Double> rates = new ArrayList<>();
    bench.recordings.start(bench.query, "rebuild");
    for (int run = 0; run < bench.sizes.runs(); run++) {
      String url = bench.query.baseUrl() + "/api/admin/rebuild";
      start(url);
      JsonNode progress = awaitRebuild(url);
      double seconds =
          Duration.between(
                      Instant.parse(progress.path("startedAt").asText()),
                      Instant.parse(progress.path("finishedAt").asText()))
                  .toMillis()
              / 1000.0;
      rates.add(progress.path("eventsRead").asLong() / seconds);
      log.info(
          "  rebuild run {}: {} events in {} s", run + 1, progress.path("eventsRead"), seconds);
    }
    bench.recordings.stop(bench.query, "rebuild");
    return Stats.of(rates);
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
    try (Connection connection = bench.servers.connect(database)) {
      while (System.nanoTime() < deadline) {
        long projected = Bench.projectedOffsets(connection);
        if (projected > 0 && firstAt == 0) {
          firstAt = System.nanoTime();
          firstCount = projected;
          jvmCpu = ProcessCpu.ofProcess(catchUp.pid());
          dbCpu = backends.cpuNanos();
        }
        if (projected >= events) {
          long counted = events - firstCount;
          return new Raw.Consumed(
              counted / Raw.seconds(System.nanoTime() - firstAt),
              (ProcessCpu.ofProcess(catchUp.pid()) - jvmCpu) / 1e3 / counted,
              (backends.cpuNanos() - dbCpu) / 1e3 / counted);
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

    void add(Raw.Consumed consumed) {
      rates.add(consumed.perSecond());
      jvmCpu.add(consumed.jvmMicrosPerEvent());
      dbCpu.add(consumed.dbMicrosPerEvent());
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
