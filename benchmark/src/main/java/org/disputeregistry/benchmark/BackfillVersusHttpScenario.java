package org.disputeregistry.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the back-fill is for: loading a year of closed cases faster than a client could through the
 * API. The same petitions are loaded both ways in the same run: as back-fill lines, and by one
 * client making one HTTP call per step (the registration, then each step), waiting for each answer.
 * The baseline here is that client, not raw JDBC: the ratio is how many times faster the back-fill
 * is.
 */
final class BackfillVersusHttpScenario implements Scenario {

  private static final Logger log = LoggerFactory.getLogger(BackfillVersusHttpScenario.class);

  @Override
  public void run(Bench bench) throws Exception {
    int cases = bench.sizes.backfillVersusHttpCases();
    // One call per step is slow: a tenth of the cases gives a steady rate in a tenth of the time.
    int httpCases = Math.max(cases / 10, 10);
    log.info(
        "Back-fill vs one HTTP call per step: {} petitions back-filled, {} step by step, per run",
        cases,
        httpCases);
    List<Double> rates = new ArrayList<>();
    List<Double> httpRates = new ArrayList<>();
    for (int run = 0; run < bench.sizes.runs(); run++) {
      rates.add(BackfillScenario.load(bench, cases));
      httpRates.add(stepByStep(bench, httpCases));
      log.info(
          "  run {}: back-fill {} events/s vs one call per step {} events/s",
          run + 1,
          Row.number(rates.get(run)),
          Row.number(httpRates.get(run)));
    }
    bench.results.add(
        new Row(
            "back-fill vs one HTTP call per step",
            "events/s",
            Stats.of(rates),
            Stats.of(httpRates),
            false,
            ""));
    bench.results.note(
        ("Back-fill vs one HTTP call per step: %d petitions of %d events back-filled in one POST"
                + " per run, timed to its report; baseline = %d such petitions made by one client"
                + " through the API, POST /api/petitions then one POST per step, each answer"
                + " awaited (201). Ratio = how many times faster the back-fill is.")
            .formatted(cases, Cases.PETITION_EVENTS, httpCases));
  }

  /** {@code cases} petitions, one HTTP call per event, one after another: events/s. */
  private static double stepByStep(Bench bench, int cases) {
    String petitions = bench.command.baseUrl() + "/api/petitions";
    long started = System.nanoTime();
    long events = 0;
    for (int i = 0; i < cases; i++) {
      UUID id = UUID.randomUUID();
      Http.expect(
          Http.post(
              Caller.PETITION_OFFICER,
              petitions,
              "application/json",
              bench.cases.petitionOpening(id)),
          201);
      events++;
      for (Cases.Step step : Cases.PETITION_STEPS) {
        Http.expect(
            Http.post(
                Caller.PETITION_OFFICER,
                petitions + "/" + id + "/" + step.name(),
                "application/json",
                Cases.stepBody(step)),
            201);
        events++;
      }
    }
    return events / Raw.seconds(System.nanoTime() - started);
  }
}
