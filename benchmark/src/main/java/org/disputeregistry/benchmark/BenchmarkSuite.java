package org.disputeregistry.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the service jars on one PostgreSQL and one Kafka and measures every figure of DESIGN.md 7
 * beside a raw baseline on the same servers in the same run. Sizes are system properties ({@code
 * bench.*}, see {@link Sizes}); the table goes to stdout and {@code <bench.output>/results.md}, JFR
 * recordings of every phase to {@code <bench.output>/jfr}.
 */
public final class BenchmarkSuite {

  private static final Logger log = LoggerFactory.getLogger(BenchmarkSuite.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOPIC = "registry.case-events";
  private static final int PARTITIONS = 6;

  /** Every size of the suite; defaults keep it near 15 minutes on 2 cores. */
  record Sizes(
      int runs,
      int clients,
      Duration warmUp,
      Duration commandTime,
      int backfillCases,
      int freshnessRate,
      Duration freshnessTime,
      long bigEvents,
      int queryClients,
      Duration queryTime) {

    static Sizes fromSystemProperties() {
      return new Sizes(
          Integer.getInteger("bench.runs", 3),
          Integer.getInteger("bench.clients", 16),
          Duration.ofSeconds(Integer.getInteger("bench.warmUpSeconds", 30)),
          Duration.ofSeconds(Integer.getInteger("bench.commandSeconds", 10)),
          Integer.getInteger("bench.backfillCases", 4000),
          Integer.getInteger("bench.freshnessRate", 1000),
          Duration.ofSeconds(Integer.getInteger("bench.freshnessSeconds", 15)),
          Long.getLong("bench.bigEvents", 10_000_000L),
          Integer.getInteger("bench.queryClients", 4),
          Duration.ofSeconds(Integer.getInteger("bench.querySeconds", 10)));
    }
  }

  private final Sizes sizes;
  private final Servers servers;
  private final Kafka kafka;
  private final Raw raw;
  private final Path output;
  private final Path commandJar;
  private final Path queryJar;
  private final String commandDb;
  private final String queryDb;
  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, Long> peakHeaps = new LinkedHashMap<>();
  private final AtomicLong caseCounter = new AtomicLong();
  private final double[] loadAverages = new double[2];
  private ServiceProcess command;
  private ServiceProcess query;

  private static Path copy(Path jar, Path directory) {
    try {
      Path copy = directory.resolve("jars").resolve(jar.getFileName());
      Files.createDirectories(copy.getParent());
      return Files.copy(jar, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private BenchmarkSuite(Sizes sizes, Servers servers, Path output) {
    this.sizes = sizes;
    this.servers = servers;
    this.output = output;
    this.kafka = new Kafka(servers.kafka);
    this.raw = new Raw(servers, kafka);
    // Copies, so that a build during the run cannot change what is measured.
    this.commandJar = copy(Path.of(System.getProperty("command.jar")), output);
    this.queryJar = copy(Path.of(System.getProperty("query.jar")), output);
    this.commandDb = servers.freshDatabase("registry_commands");
    this.queryDb = servers.freshDatabase("registry_queries");
  }

  public static void main(String[] args) throws Exception {
    Sizes sizes = Sizes.fromSystemProperties();
    Path output = Path.of(System.getProperty("bench.output", "target/bench")).toAbsolutePath();
    Files.createDirectories(output);
    log.info("Benchmark sizes: {}", sizes);
    Servers servers = Servers.start(output.resolve("stack"));
    Thread stopServers = new Thread(servers::close);
    Runtime.getRuntime().addShutdownHook(stopServers);
    try {
      new BenchmarkSuite(sizes, servers, output).run();
    } finally {
      servers.close();
      Runtime.getRuntime().removeShutdownHook(stopServers);
    }
  }

  private void run() throws Exception {
    long started = System.nanoTime();
    loadAverages[0] = load();
    command = startCommand("command-service", TOPIC, List.of());
    query = startQuery("query-service", queryDb, "query-service", List.of());
    try {
      // bench.phases picks some of them, e.g. to compare two builds on what they changed.
      Set<String> phases =
          Set.of(
              System.getProperty(
                      "bench.phases", "commands,backfill,freshness,relay,projections,queries")
                  .split(","));
      if (phases.contains("commands")) {
        commands();
      }
      if (phases.contains("backfill")) {
        backfill();
      }
      if (phases.contains("freshness")) {
        freshness();
      }
      if (phases.contains("relay")) {
        relay();
      }
      if (phases.contains("projections")) {
        catchUpAndRebuild();
      }
      if (phases.contains("queries")) {
        yearTotals();
      }
    } finally {
      stop(command);
      stop(query);
    }
    loadAverages[1] = load();
    report(Duration.ofNanos(System.nanoTime() - started));
  }

  // ---- command side ----

  private void commands() throws Exception {
    log.info("Commands: {} clients, {} per run", sizes.clients(), sizes.commandTime());
    // A fresh JVM needs tens of seconds of this load before the JIT compiler stops taking a
    // quarter of the CPU (the same jar ran 143/s in its first 30 s and 1,229/s in its third).
    log.info("  warm-up: {}", sizes.warmUp());
    openCases(sizes.clients(), sizes.warmUp());
    int rowBytes = averageStoredEventBytes();
    List<Double> rates = new ArrayList<>();
    List<Double> baselineRates = new ArrayList<>();
    List<Double> baselineP50 = new ArrayList<>();
    List<Double> baselineP99 = new ArrayList<>();
    List<Double> p50 = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    command.startRecording("commands");
    for (int run = 0; run < sizes.runs(); run++) {
      Raw.Throughput measured = openCases(sizes.clients(), sizes.commandTime());
      Raw.Throughput baseline = raw.singleRows(sizes.clients(), sizes.commandTime(), rowBytes);
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
    command.stopRecording("commands");
    rows.add(
        new Row(
            "single-event commands (HTTP, " + sizes.clients() + " clients)",
            "commands/s",
            Stats.of(rates),
            Stats.of(baselineRates),
            false,
            ">= 3,000/s"));
    rows.add(
        new Row(
            "  command latency p50 (per run)",
            "ms",
            Stats.of(p50),
            Stats.of(baselineP50),
            true,
            ""));
    rows.add(
        new Row(
            "  command latency p99 (per run)",
            "ms",
            Stats.of(p99),
            Stats.of(baselineP99),
            true,
            "<= 20 ms"));
    notes.add(
        "Commands: baseline = one INSERT per transaction of a "
            + rowBytes
            + "-byte row (the average stored event) into an event-store-like table, same clients.");
  }

  /** {@code clients} threads each opening reconsideration cases over HTTP for {@code time}. */
  private Raw.Throughput openCases(int clients, Duration time) throws InterruptedException {
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
                  Http.expect(
                      Http.post(
                          command.baseUrl + "/api/reconsiderations",
                          "application/json",
                          reconsideration(LocalDate.of(2023, 3, 14))),
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

  private String reconsideration(LocalDate receivedOn) {
    return """
        {"caseId":"%s","caseNumber":"光明复〔%d〕B%d","receivedOn":"%s","channel":"ONLINE",\
        "street":"GUANGMING","community":"BIYAN","category":"URBAN_MANAGEMENT",\
        "respondentAgency":"光明区城市管理和综合执法局","applicants":["PERSON"],"actKind":"PENALTY"}"""
        .formatted(
            UUID.randomUUID(), receivedOn.getYear(), caseCounter.incrementAndGet(), receivedOn);
  }

  private int averageStoredEventBytes() throws SQLException {
    return (int)
        queryLong(
            commandDb,
            "SELECT avg(octet_length(payload) + coalesce(octet_length(metadata), 0))::bigint"
                + " FROM domainevententry");
  }

  private void backfill() throws Exception {
    int cases = sizes.backfillCases();
    log.info("Back-fill: {} petitions of 6 events per run", cases);
    List<Double> rates = new ArrayList<>();
    List<Double> baselineRates = new ArrayList<>();
    int rowBytes = averageStoredEventBytes();
    command.startRecording("backfill");
    for (int run = 0; run < sizes.runs(); run++) {
      StringBuilder file = new StringBuilder();
      for (int i = 0; i < cases; i++) {
        file.append(petition()).append('\n');
      }
      long started = System.nanoTime();
      JsonNode report =
          JSON.readTree(
              Http.expect(
                      Http.post(
                          command.baseUrl + "/api/backfills",
                          "application/x-ndjson",
                          file.toString()),
                      200)
                  .body());
      double seconds = Raw.seconds(System.nanoTime() - started);
      long events = report.path("eventsAppended").asLong();
      if (events != cases * 6L) {
        throw new IllegalStateException("The back-fill did not load every event: " + report);
      }
      rates.add(events / seconds);
      baselineRates.add(raw.batchedRows(events, rowBytes));
      log.info(
          "  run {}: {} events/s vs raw batched {} rows/s",
          run + 1,
          Row.number(rates.get(run)),
          Row.number(baselineRates.get(run)));
    }
    command.stopRecording("backfill");
    rows.add(
        new Row(
            "bulk back-fill (POST /api/backfills)",
            "events/s",
            Stats.of(rates),
            Stats.of(baselineRates),
            false,
            ">= 25,000/s"));
    notes.add(
        "Back-fill: petitions of 6 events per line, timed from the POST to its report;"
            + " baseline = batched INSERTs (1,000 per transaction, reWriteBatchedInserts) of the"
            + " same number of rows of the same size, one connection.");
  }

  private String petition() {
    return """
        {"type":"petitions","open":{"caseId":"%s","caseNumber":"光明信〔2023〕B%d","registeredOn":"2023-01-05",\
        "channel":"HOTLINE","persons":1,"group":false,"repeat":false,"street":"MATIAN",\
        "community":"JIANGSHI","category":"HUMAN_RESOURCES"},"steps":[\
        {"step":"acceptance","acceptedOn":"2023-01-06"},\
        {"step":"assignment","assignedOn":"2023-01-06","department":"光明区人力资源局","dueOn":"2023-02-06"},\
        {"step":"reply","repliedOn":"2023-02-01"},\
        {"step":"resolution","resolvedOn":"2023-02-01"},\
        {"step":"satisfaction","ratedOn":"2023-02-02","satisfaction":"SATISFIED"}]}"""
        .formatted(UUID.randomUUID(), caseCounter.incrementAndGet());
  }

  // ---- freshness ----

  /**
   * Opens cases at a steady rate; every 20th case gets a business day of its own, and a poller
   * times from its 201 until the query side's statistic for that day counts it.
   */
  private void freshness() throws Exception {
    awaitProjected(queryDb, "query-service", kafka.size(TOPIC), Duration.ofMinutes(10));
    int rate = sizes.freshnessRate();
    log.info("Freshness: {} commands/s for {}", rate, sizes.freshnessTime());
    List<Double> p50 = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    List<Double> accepted = new ArrayList<>();
    Latencies all = new Latencies();
    AtomicInteger sampleDay = new AtomicInteger();
    command.startRecording("freshness");
    query.startRecording("freshness");
    for (int run = 0; run < sizes.runs(); run++) {
      Latencies latencies = new Latencies();
      ConcurrentLinkedQueue<long[]> pending = new ConcurrentLinkedQueue<>();
      ExecutorService clients = Executors.newFixedThreadPool(64);
      long interval = TimeUnit.SECONDS.toNanos(1) / rate;
      long total = rate * sizes.freshnessTime().toSeconds();
      AtomicLong failures = new AtomicLong();
      AtomicLong lastAccepted = new AtomicLong();
      Thread poller =
          Raw.spawn(() -> pollFreshness(pending, latencies, all, () -> clients.isTerminated()));
      long start = System.nanoTime();
      for (long i = 0; i < total; i++) {
        LockSupport.parkNanos(start + i * interval - System.nanoTime());
        boolean sample = i % 20 == 0;
        LocalDate day =
            sample
                ? LocalDate.of(1991, 1, 1).plusDays(sampleDay.getAndIncrement())
                : LocalDate.of(2023, 6, 1);
        clients.execute(
            () -> {
              String body = reconsideration(day);
              var response =
                  Http.post(command.baseUrl + "/api/reconsiderations", "application/json", body);
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
      // What the command side accepted: below the offered rate when it cannot keep up.
      double achieved = total / Raw.seconds(lastAccepted.get() - start);
      accepted.add(achieved);
      poller.join();
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
    command.stopRecording("freshness");
    query.stopRecording("freshness");
    rows.add(
        new Row(
            "freshness: commands accepted while offered " + rate + "/s",
            "commands/s",
            Stats.of(accepted),
            null,
            false,
            "1,000/s"));
    rows.add(new Row("freshness p50 (per run)", "ms", Stats.of(p50), null, true, ""));
    rows.add(new Row("freshness p99 (per run)", "ms", Stats.of(p99), null, true, "<= 250 ms"));
    Stats pooled = all.stats();
    notes.add(
        "Freshness: %d commands/s offered for %ds per run; every 20th command timed from its 201 to"
                .formatted(rate, sizes.freshnessTime().toSeconds())
            + " the statistic of its own business day counting it (polled over HTTP); pooled over"
            + " all runs p50 %s ms, p99 %s ms (%d samples). No raw baseline."
                .formatted(Row.number(pooled.median()), Row.number(pooled.p99()), pooled.count()));
  }

  private void pollFreshness(
      ConcurrentLinkedQueue<long[]> pending,
      Latencies latencies,
      Latencies all,
      BooleanSupplier producersDone) {
    List<long[]> waiting = new ArrayList<>();
    while (!(producersDone.getAsBoolean() && pending.isEmpty() && waiting.isEmpty())) {
      for (long[] next = pending.poll(); next != null; next = pending.poll()) {
        waiting.add(next);
      }
      waiting.removeIf(
          sample -> {
            LocalDate day = LocalDate.ofEpochDay(sample[0]);
            String body =
                Http.get(
                        query.baseUrl
                            + "/api/statistics/reconsideration?from="
                            + day
                            + "&to="
                            + day)
                    .body();
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

  // ---- relay ----

  /**
   * Restarts the command-service with its relay's token removed and a new topic: it publishes the
   * whole event store again. The rate is the span of the new topic's record timestamps.
   */
  private void relay() throws Exception {
    long stored = queryLong(commandDb, "SELECT count(*) FROM domainevententry");
    log.info("Relay: re-publishing {} stored events per run", stored);
    List<Double> rates = new ArrayList<>();
    List<Double> baselineRates = new ArrayList<>();
    for (int run = 0; run < sizes.runs(); run++) {
      stop(command);
      execute(commandDb, "DELETE FROM tokenentry WHERE processorname = 'kafka-relay'");
      String topic = "bench.relay." + run;
      String name = "command-service-relay-" + (run + 1);
      command =
          startCommand(
              name, topic, run == 0 ? ServiceProcess.recordingFromStart(output, name) : List.of());
      awaitTopicSize(topic, stored, Duration.ofMinutes(10));
      rates.add(stored * 1000.0 / kafka.spanMillis(topic));
      List<ConsumerRecord<String, byte[]>> records = kafka.readAll(topic);
      baselineRates.add(raw.produce(records, "bench.raw-produce." + run, PARTITIONS));
      log.info(
          "  run {}: {} events/s vs raw producer {} records/s",
          run + 1,
          Row.number(rates.get(run)),
          Row.number(baselineRates.get(run)));
    }
    rows.add(
        new Row(
            "relay, event store -> Kafka",
            "events/s",
            Stats.of(rates),
            Stats.of(baselineRates),
            false,
            ">= 10,000/s"));
    notes.add(
        "Relay: the relay's token deleted and the service restarted on a new topic, "
            + stored
            + " stored events re-published; rate = events / (last - first record timestamp)."
            + " Baseline = the same records sent by a plain producer (acks=all, idempotent,"
            + " linger 5 ms) to a new topic, timed to the last acknowledgement.");
  }

  // ---- projections ----

  private void catchUpAndRebuild() throws Exception {
    long events = kafka.size(TOPIC);
    log.info("Projection catch-up and rebuild over {} events per run", events);
    List<Double> rates = new ArrayList<>();
    List<Double> baselineRates = new ArrayList<>();
    for (int run = 0; run < sizes.runs(); run++) {
      String name = "query-service-catchup-" + (run + 1);
      String database = servers.freshDatabase("bench_catchup_" + run);
      try (ServiceProcess catchUp =
          startQuery(
              name,
              database,
              "bench-catchup-" + run,
              run == 0 ? ServiceProcess.recordingFromStart(output, name) : List.of())) {
        rates.add(timeCatchUp(database, events));
        peakHeaps.merge("query-service (catch-up)", catchUp.peakHeapBytes(), Math::max);
      }
      baselineRates.add(raw.consumeAndUpsert(TOPIC));
      log.info(
          "  catch-up run {}: {} events/s vs raw consumer + upsert {} events/s",
          run + 1,
          Row.number(rates.get(run)),
          Row.number(baselineRates.get(run)));
    }
    rows.add(
        new Row(
            "projection catch-up (fresh database)",
            "events/s",
            Stats.of(rates),
            Stats.of(baselineRates),
            false,
            ">= 40,000/s"));

    List<Double> rebuildRates = new ArrayList<>();
    query.startRecording("rebuild");
    for (int run = 0; run < sizes.runs(); run++) {
      Http.expect(Http.post(query.baseUrl + "/api/admin/rebuild", "application/json", ""), 202);
      JsonNode progress = awaitRebuild();
      double seconds =
          Duration.between(
                      Instant.parse(progress.path("startedAt").asText()),
                      Instant.parse(progress.path("finishedAt").asText()))
                  .toMillis()
              / 1000.0;
      rebuildRates.add(progress.path("eventsRead").asLong() / seconds);
      log.info(
          "  rebuild run {}: {} events in {} s", run + 1, progress.path("eventsRead"), seconds);
    }
    query.stopRecording("rebuild");
    Stats rebuild = Stats.of(rebuildRates);
    rows.add(
        new Row(
            "full rebuild (admin endpoint, live service)",
            "events/s",
            rebuild,
            Stats.of(baselineRates),
            false,
            "10M in < 5 min (>= 33,334/s)"));
    notes.add(
        "Projections: catch-up = a new query-service instance (own consumer group) on an empty"
            + " database over the whole topic of %d events, timed from its first stored offset to the"
                .formatted(events)
            + " last; rebuild = POST /api/admin/rebuild on the live instance, timed by its own"
            + " startedAt/finishedAt. At the median rebuild rate 10 million events take %.1f min."
                .formatted(10_000_000 / rebuild.median() / 60)
            + " Baseline = a plain consumer reading the topic, per poll one transaction of batched"
            + " upserts (case, last sequence, payload) and partition offsets.");
  }

  private double timeCatchUp(String database, long events) throws SQLException {
    long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
    long firstAt = 0;
    long firstCount = 0;
    while (System.nanoTime() < deadline) {
      long projected = projectedOffsets(database);
      if (projected > 0 && firstAt == 0) {
        firstAt = System.nanoTime();
        firstCount = projected;
      }
      if (projected >= events) {
        return (events - firstCount) / Raw.seconds(System.nanoTime() - firstAt);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
    throw new IllegalStateException("The catch-up did not finish within 15 minutes");
  }

  /** The projection's committed position over all partitions (0 before its schema exists). */
  private long projectedOffsets(String database) {
    try {
      return queryLong(
          database,
          "SELECT coalesce(sum(next_offset), 0) FROM projection_offset WHERE topic = '"
              + TOPIC
              + "'");
    } catch (SQLException schemaNotYetCreated) {
      return 0;
    }
  }

  private JsonNode awaitRebuild() throws IOException {
    long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode progress = JSON.readTree(Http.get(query.baseUrl + "/api/admin/rebuild").body());
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

  // ---- year totals at 10 million events ----

  /**
   * A query-service instance of its own projects the topic, then its case rows are multiplied in
   * SQL (new case ids, same dates) until they stand for {@code bench.bigEvents} events.
   */
  private void yearTotals() throws Exception {
    String database = servers.freshDatabase("bench_big");
    long events = kafka.size(TOPIC);
    try (ServiceProcess big = startQuery("query-service-10m", database, "bench-big", List.of())) {
      awaitProjected(database, "bench-big", events, Duration.ofMinutes(15));
      long represented = amplify(database, sizes.bigEvents());
      log.info("  warm-up: {}", sizes.warmUp());
      yearQueries(big, new Latencies(), sizes.warmUp());
      big.startRecording("year-totals");
      List<Double> rates = new ArrayList<>();
      List<Double> baselineRates = new ArrayList<>();
      Latencies latencies = new Latencies();
      for (int run = 0; run < sizes.runs(); run++) {
        Raw.Throughput measured = yearQueries(big, latencies, sizes.queryTime());
        Raw.Throughput baseline =
            raw.yearAggregates(database, sizes.queryClients(), sizes.queryTime(), 2023);
        rates.add(measured.perSecond());
        baselineRates.add(baseline.perSecond());
        log.info(
            "  run {}: {} queries/s (p99 {} ms) vs raw aggregate {} queries/s (p99 {} ms)",
            run + 1,
            Row.number(measured.perSecond()),
            Row.number(measured.latency().p99()),
            Row.number(baseline.perSecond()),
            Row.number(baseline.latency().p99()));
      }
      Latencies annual = annualTotals(big);
      big.stopRecording("year-totals");
      peakHeaps.merge("query-service (10M)", big.peakHeapBytes(), Math::max);
      rows.add(
          new Row(
              "year totals at " + Row.number(represented) + " events",
              "queries/s",
              Stats.of(rates),
              Stats.of(baselineRates),
              false,
              ""));
      Stats latency = latencies.stats();
      rows.add(
          new Row(
              "  year totals latency p50 / p99 (all runs)",
              "ms",
              latency,
              null,
              true,
              "p99 <= 10 ms"));
      rows.add(
          new Row(
              "  annual report totals (GET /api/statistics/totals), one client",
              "ms",
              annual.stats(),
              null,
              true,
              ""));
      notes.add(
          ("Year totals: GET /api/statistics/reconsideration?year=2023, /commercial-mediation?year=2023"
                  + " and /petitions?year=2023 in turn, %d clients, %ds per run, on read-model rows that stand for %s"
                  + " events: the topic projected by the service, then every case row copied in SQL"
                  + " with new case ids and the same dates (all in 2023: the worst case for a year's"
                  + " totals). Baseline = %d JDBC clients running one plain aggregate per case table"
                  + " over the same year.")
              .formatted(
                  sizes.queryClients(),
                  sizes.queryTime().toSeconds(),
                  Row.number(represented),
                  sizes.queryClients()));
    }
  }

  /**
   * The report generator's input, every figure of the three types for the year, by month, street
   * and centre: one client, one after another, after a warm-up.
   */
  private static Latencies annualTotals(ServiceProcess big) {
    Latencies latencies = new Latencies();
    for (int i = 0; i < 120; i++) {
      long begin = System.nanoTime();
      Http.expect(Http.get(big.baseUrl + "/api/statistics/totals?year=2023"), 200);
      if (i >= 20) {
        latencies.add(System.nanoTime() - begin);
      }
    }
    return latencies;
  }

  private Raw.Throughput yearQueries(ServiceProcess big, Latencies all, Duration time)
      throws InterruptedException {
    String[] paths = {
      "/api/statistics/reconsideration?year=2023",
      "/api/statistics/commercial-mediation?year=2023",
      "/api/statistics/petitions?year=2023"
    };
    Latencies latencies = new Latencies();
    AtomicLong done = new AtomicLong();
    long until = System.nanoTime() + time.toNanos();
    long started = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < sizes.queryClients(); c++) {
      threads.add(
          Raw.spawn(
              () -> {
                int i = 0;
                while (System.nanoTime() < until) {
                  long begin = System.nanoTime();
                  Http.expect(Http.get(big.baseUrl + paths[i++ % paths.length]), 200);
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

  /**
   * Copies every row of every read-model table keyed by case id until the cases stand for {@code
   * target} events (case progress, which no statistic reads, is left as it is); a copy's id is
   * derived from the original's and the copy number, so a case's rows stay together across tables.
   * Returns the events represented.
   */
  private long amplify(String database, long target) throws SQLException {
    long events =
        queryLong(database, "SELECT coalesce(sum(last_sequence + 1), 0) FROM case_progress");
    long copies = Math.max(0, Math.round((double) target / events) - 1);
    log.info("Year totals: {} projected events, {} copies of every case row", events, copies);
    List<String> tables = new ArrayList<>();
    try (Connection connection = servers.connect(database);
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public'"
                    + " AND column_name = 'case_id' AND table_name <> 'case_progress'"
                    + " ORDER BY table_name")) {
      while (result.next()) {
        tables.add(result.getString(1));
      }
    }
    long started = System.nanoTime();
    for (String table : tables) {
      String columns = String.join(", ", columns(database, table));
      String copied = columns.replace("case_id", "md5(t.case_id::text || ':' || g)::uuid");
      // Vacuumed right away, as after any bulk load: autovacuum would otherwise take the 10M
      // copies on during the measured runs (their p99 was 36-38 ms in the first two runs, 6 ms in
      // the third).
      execute(
          database,
          "INSERT INTO %s (%s) SELECT %s FROM %s t, generate_series(1, %d) g"
              .formatted(table, columns, copied, table, copies),
          "VACUUM ANALYZE " + table);
    }
    // Copies count exactly like their originals: the counters multiply with them.
    if (queryLong(database, "SELECT count(*) FROM pg_tables WHERE tablename = 'statistic_count'")
        > 0) {
      execute(
          database,
          "UPDATE statistic_count SET cases = cases * %d, amount = amount * %d"
              .formatted(copies + 1, copies + 1),
          "VACUUM ANALYZE statistic_count");
    }
    log.info(
        "  {} tables multiplied in {} s",
        tables,
        Row.number(Raw.seconds(System.nanoTime() - started)));
    return events * (copies + 1);
  }

  /** The table's column names in order (only {@code case_id} contains "case_id"). */
  private List<String> columns(String database, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection connection = servers.connect(database);
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
                    + " AND table_name = '"
                    + table
                    + "' ORDER BY ordinal_position")) {
      while (result.next()) {
        columns.add(result.getString(1));
      }
    }
    if (columns.stream().filter(c -> c.contains("case_id")).count() != 1) {
      throw new IllegalStateException(table + " has more than one column named like case_id");
    }
    return columns;
  }

  // ---- plumbing ----

  private ServiceProcess startCommand(String name, String topic, List<String> jvmOptions) {
    return ServiceProcess.start(
        name,
        commandJar,
        Map.of(
            "REGISTRY_COMMAND_DB_URL", commandDb,
            "REGISTRY_DB_USER", servers.user,
            "REGISTRY_DB_PASSWORD", servers.password,
            "REGISTRY_KAFKA_BOOTSTRAP_SERVERS", servers.kafka),
        output,
        jvmOptions,
        List.of("--registry.kafka.topic=" + topic));
  }

  private ServiceProcess startQuery(
      String name, String database, String group, List<String> jvmOptions) {
    return ServiceProcess.start(
        name,
        queryJar,
        Map.of(
            "REGISTRY_QUERY_DB_URL", database,
            "REGISTRY_DB_USER", servers.user,
            "REGISTRY_DB_PASSWORD", servers.password,
            "REGISTRY_KAFKA_BOOTSTRAP_SERVERS", servers.kafka),
        output,
        jvmOptions,
        List.of("--spring.kafka.consumer.group-id=" + group));
  }

  private void stop(ServiceProcess service) {
    if (service != null) {
      String role = service.name.startsWith("command") ? "command-service" : service.name;
      peakHeaps.merge(role, service.peakHeapBytes(), Math::max);
      service.close();
    }
  }

  private void awaitProjected(String database, String what, long events, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (projectedOffsets(database) < events) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(what + " did not project " + events + " events in time");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }
  }

  private void awaitTopicSize(String topic, long events, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (kafka.size(topic) < events) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(topic + " did not reach " + events + " records in time");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }
  }

  private long queryLong(String database, String sql) throws SQLException {
    try (Connection connection = servers.connect(database);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private void execute(String database, String... sql) {
    try (Connection connection = servers.connect(database);
        Statement statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private void report(Duration took) throws IOException {
    StringBuilder table = new StringBuilder();
    table.append("Servers: ").append(servers.description()).append('\n');
    table.append(
        "Runs: %d; suite took %.1f min; load average %.2f at start, %.2f at end\n\n"
            .formatted(sizes.runs(), took.toSeconds() / 60.0, loadAverages[0], loadAverages[1]));
    table.append(
        "| figure | unit | service: median / p99 | raw baseline: median / p99 | ratio | target |\n");
    table.append("|---|---|---|---|---|---|\n");
    rows.forEach(row -> table.append(row.markdown()).append('\n'));
    table.append("\n| service | peak heap (MiB) | budget |\n|---|---|---|\n");
    peakHeaps.forEach(
        (name, bytes) ->
            table.append("| %s | %d | 512 MiB |\n".formatted(name, bytes / (1024 * 1024))));
    table.append('\n');
    notes.forEach(note -> table.append("- ").append(note).append('\n'));
    Files.writeString(output.resolve("results.md"), table);
    System.out.println("\n" + table);
    log.info(
        "Results in {}, JFR recordings in {}", output.resolve("results.md"), output.resolve("jfr"));
  }
}
