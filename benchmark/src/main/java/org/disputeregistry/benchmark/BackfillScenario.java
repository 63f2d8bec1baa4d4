package org.disputeregistry.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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

  @Override
  public void run(Bench bench) throws Exception {
    int cases = bench.sizes.backfillCases();
    log.info("Back-fill: {} petitions of {} events per run", cases, Cases.PETITION_EVENTS);
    List<Double> rates = new ArrayList<>();
    List<Double> baselineRates = new ArrayList<>();
    int rowBytes = bench.averageStoredEventBytes();
    bench.recordings.start(bench.command, "backfill");
    for (int run = 0; run < bench.sizes.runs(); run++) {
      long events = (long) cases * Cases.PETITION_EVENTS;
      rates.add(load(bench, cases));
      baselineRates.add(bench.raw.batchedRows(events, rowBytes));
      log.info(
          "  run {}: {} events/s vs raw batched {} rows/s",
          run + 1,
          Row.number(rates.get(run)),
          Row.number(baselineRates.get(run)));
    }
    bench.recordings.stop(bench.command, "backfill");
    bench.results.add(
        new Row(
            "bulk back-fill (POST /api/backfills)",
            "events/s",
            Stats.of(rates),
            Stats.of(baselineRates),
            false,
            ">= 25,000/s"));
    bench.results.note(
        "Back-fill: petitions of 6 events per line, timed from the POST to its report;"
            + " baseline = batched INSERTs (1,000 per transaction, reWriteBatchedInserts) of the"
            + " same number of rows of the same size, one connection.");
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
    String answer =
        Http.expect(
                Http.post(
                    Caller.ADMIN,
                    bench.command.baseUrl() + "/api/backfills",
                    "application/x-ndjson",
                    file.toString()),
                200)
            .body();
    double seconds = Raw.seconds(System.nanoTime() - started);
    JsonNode report = JSON.readTree(answer);
    long events = report.path("eventsAppended").asLong();
    if (events != (long) cases * Cases.PETITION_EVENTS) {
      throw new IllegalStateException("The back-fill did not load every event: " + report);
    }
    return events / seconds;
  }
}
