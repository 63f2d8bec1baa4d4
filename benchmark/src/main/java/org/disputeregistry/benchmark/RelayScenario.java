package org.disputeregistry.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay re-publishing the whole event store: the command-service restarted with its relay's
 * token removed and a new topic, rated by the span of the new topic's record timestamps; beside the
 * same records sent by a plain producer with the relay's settings.
 */
final class RelayScenario implements Scenario {

  private static final Logger log = LoggerFactory.getLogger(RelayScenario.class);

  @Override
  public void run(Bench bench) throws Exception {
    long stored = bench.servers.queryLong(bench.commandDb, "SELECT count(*) FROM domainevententry");
    log.info("Relay: re-publishing {} stored events per run", stored);
    List<Double> rates = new ArrayList<>();
    List<Double> baselineRates = new ArrayList<>();
    for (int run = 0; run < bench.sizes.runs(); run++) {
      bench.stop(bench.command);
      bench.servers.execute(
          bench.commandDb, "DELETE FROM tokenentry WHERE processorname = 'kafka-relay'");
      String topic = "bench.relay." + run;
      String name = "command-service-relay-" + (run + 1);
      bench.command =
          bench.startCommand(name, topic, run == 0 ? bench.recordings.fromStart(name) : List.of());
      bench.awaitTopicSize(topic, stored, Duration.ofMinutes(10));
      rates.add(stored * 1000.0 / bench.kafka.spanMillis(topic));
      List<ConsumerRecord<String, byte[]>> records = bench.kafka.readAll(topic);
      baselineRates.add(bench.raw.produce(records, "bench.raw-produce." + run, Bench.PARTITIONS));
      log.info(
          "  run {}: {} events/s vs raw producer {} records/s",
          run + 1,
          Row.number(rates.get(run)),
          Row.number(baselineRates.get(run)));
    }
    bench.results.add(
        new Row(
            "relay, event store -> Kafka",
            "events/s",
            Stats.of(rates),
            Stats.of(baselineRates),
            false,
            ">= 10,000/s"));
    bench.results.note(
        "Relay: the relay's token deleted and the service restarted on a new topic, "
            + stored
            + " stored events re-published; rate = events / (last - first record timestamp)."
            + " Baseline = the same records sent by a plain producer (acks=all, idempotent,"
            + " linger 5 ms) to a new topic, timed to the last acknowledgement.");
  }
}
