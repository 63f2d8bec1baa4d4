package org.disputeregistry.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulk back-fill ({@code POST /api/backfills}, whole petitions one per line), beside the same
 * number of rows of the same size inserted in batches by plain JDBC.
 */
final class BackfillScenario implements Scenario {

  private static final Logger log = LoggerFactory.getLogger(BackfillScenario.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Warm-up back-fills stay in the store: bounded, so the later phases' sizes stay near. */
  private static final int MAX_WARM_UP_ROUNDS = 10;

  @Override
  public void run(Bench bench) throws Exception {
    int cases = bench.sizes.backfillCases();
    log.info("Back-fill: {} petitions of {} events per run", cases, Cases.PETITION_EVENTS);
    List<Double> rates = new ArrayList<>();
    List<Double> jvmCpu = new ArrayList<>();
    List<Double> dbCpu = new ArrayList<>();
    List<Double> withRelayCpu = new ArrayList<>();
    List<Double> machineCpu = new ArrayList<>();
    List<Double> baselineRates = new ArrayList<>();
    List<Double> baselineThreadCpu = new ArrayList<>();
    List<Double> baselineDbCpu = new ArrayList<>();
    List<Double> baselineMachineCpu = new ArrayList<>();
    int rowBytes = bench.averageStoredEventBytes();
    List<Double> warmUp = warmUp(bench, cases);
    // The warm-up outran the relay: its backlog would take the measured runs' CPU.
    long stored = bench.servers.queryLong(bench.commandDb, "SELECT count(*) FROM domainevententry");
    bench.awaitTopicSize(Bench.TOPIC, stored, Duration.ofMinutes(15));
    Backends backends = new Backends(bench.servers.postgresPid(), bench.commandDb);
    for (int run = 0; run < bench.sizes.runs(); run++) {
      long events = (long) cases * Cases.PETITION_EVENTS;
      long jvmAtStart = ProcessCpu.ofProcess(bench.command.pid());
      long dbAtStart = backends.cpuNanos();
      long machineAtStart = ProcessCpu.ofMachine();
      rates.add(load(bench, cases));
      jvmCpu.add((ProcessCpu.ofProcess(bench.command.pid()) - jvmAtStart) / 1e3 / events);
      dbCpu.add((backends.cpuNanos() - dbAtStart) / 1e3 / events);
      machineCpu.add((ProcessCpu.ofMachine() - machineAtStart) / 1e3 / events);
      // Until the relay has published this run's events: neither the baseline nor the next run
      // shares the CPU with what is left of it.
      stored += events;
      bench.awaitTopicSize(Bench.TOPIC, stored, Duration.ofMinutes(15));
      withRelayCpu.add(
          (ProcessCpu.ofProcess(bench.command.pid()) - jvmAtStart + backends.cpuNanos() - dbAtStart)
              / 1e3
              / events);
      Raw.Consumed baseline = bench.raw.batchedRows(events, rowBytes);
      baselineRates.add(baseline.perSecond());
      baselineThreadCpu.add(baseline.jvmMicrosPerEvent());
      baselineDbCpu.add(baseline.dbMicrosPerEvent());
      baselineMachineCpu.add(baseline.machineMicrosPerEvent());
      log.info(
          "  run {}: {} events/s vs raw batched {} rows/s; CPU µs/event: JVM {}, PostgreSQL {}"
              + " (raw: thread {}, backend {}); JVM + PostgreSQL with the relay {}",
          run + 1,
          Row.number(rates.get(run)),
          Row.number(baselineRates.get(run)),
          Row.number(jvmCpu.get(run)),
          Row.number(dbCpu.get(run)),
          Row.number(baselineThreadCpu.get(run)),
          Row.number(baselineDbCpu.get(run)),
          Row.number(withRelayCpu.get(run)));
    }
    // JFR records one more back-fill after the measured runs, not during them (as for the
    // commands): the run that started the recording was the slowest in every run of the phase.
    bench.recordings.start(bench.command, "backfill");
    load(bench, cases);
    bench.recordings.stop(bench.command, "backfill");
    bench.results.add(
        new Row(
            "bulk back-fill (POST /api/backfills)",
            "events/s",
            Stats.of(rates),
            Stats.of(baselineRates),
            false,
            ">= 25,000/s"));
    bench.results.add(
        new Row(
            "  JVM CPU per event, to the report (raw: its thread)",
            "µs",
            Stats.of(jvmCpu),
            Stats.of(baselineThreadCpu),
            true,
            ""));
    bench.results.add(
        new Row(
            "  PostgreSQL backends' CPU per event, to the report",
            "µs",
            Stats.of(dbCpu),
            Stats.of(baselineDbCpu),
            true,
            ""));
    bench.results.add(
        new Row(
            "  the whole machine's CPU per event, to the report (every process)",
            "µs",
            Stats.of(machineCpu),
            Stats.of(baselineMachineCpu),
            true,
            ""));
    bench.results.add(
        new Row(
            "  JVM + backends' CPU per event, until the relay published them",
            "µs",
            Stats.of(withRelayCpu),
            null,
            true,
            ""));
    bench.results.note(
        "Back-fill: petitions of 6 events per line, timed from the POST to its report;"
            + " baseline = batched INSERTs (1,000 per transaction, reWriteBatchedInserts) of the"
            + " same number of rows of the same size, one connection. Measured warm: an office"
            + " loading a year runs for minutes, so its steady state is what counts; before the"
            + " runs, back-fills of the same size until the JIT compiler is done (as for the"
            + " commands; at most 10 rounds): "
            + WarmUp.trail(warmUp)
            + " events/s. Their events stay in the store (the later phases read them too); the"
            + " runs start once the relay has published them. CPU per event (Linux /proc, 10 ms"
            + " ticks): the command-service's JVM and its database's PostgreSQL backends from the"
            + " POST to the report (the relay publishes meanwhile in the same JVM), and until the"
            + " relay has published the run's events (the baseline and the next run wait for it);"
            + " raw: the inserting thread and its backend.");
  }

  /** Back-fills until the JIT compiler is done ({@link WarmUp}), at most a bounded number. */
  private static List<Double> warmUp(Bench bench, int cases) throws Exception {
    return WarmUp.rounds(
        "back-fill (events/s)",
        bench.command.pid(),
        bench.sizes,
        MAX_WARM_UP_ROUNDS,
        false,
        () -> load(bench, cases));
  }

  /** Sends one back-fill upload (NDJSON lines) and returns its report; fails unless 200. */
  static String post(Bench bench, String lines) {
    return Http.expect(
            Http.post(
                Caller.ADMIN,
                bench.command.baseUrl() + "/api/backfills",
                "application/x-ndjson",
                lines),
            200)
        .body();
  }

  /**
   * Back-fills {@code cases} new petitions in one request: events/s from the POST to the report.
   * Fails unless every event was appended.
   */
  static double load(Bench bench, int cases) throws IOException {
    StringBuilder file = new StringBuilder();
    for (int i = 0; i < cases; i++) {
      file.append(bench.cases.petitionLine()).append('\n');
    }
    long started = System.nanoTime();
    String answer = post(bench, file.toString());
    double seconds = Raw.seconds(System.nanoTime() - started);
    JsonNode report = JSON.readTree(answer);
    long events = report.path("eventsAppended").asLong();
    if (events != (long) cases * Cases.PETITION_EVENTS) {
      throw new IllegalStateException("The back-fill did not load every event: " + report);
    }
    return events / seconds;
  }
}
