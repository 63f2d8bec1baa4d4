package org.disputeregistry.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the service jars on one PostgreSQL and one Kafka and measures every performance target of
 * docs/benchmarks.md beside a baseline on the same servers in the same run. Sizes are system
 * properties ({@code bench.*}, see {@link Sizes}); {@code bench.phases} picks scenarios. The table
 * goes to stdout and {@code <bench.output>/results.md}, JFR recordings of every phase to {@code
 * <bench.output>/jfr}.
 */
public final class BenchmarkSuite {

  private static final Logger log = LoggerFactory.getLogger(BenchmarkSuite.class);

  /** Every scenario by phase name, in the order they run: later ones use earlier ones' events. */
  private static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();

  static {
    SCENARIOS.put("commands", new CommandsScenario());
    SCENARIOS.put("backfill", new BackfillScenario());
    SCENARIOS.put("freshness", new FreshnessScenario());
    SCENARIOS.put("relay", new RelayScenario());
    SCENARIOS.put("projections", new ProjectionsScenario());
    SCENARIOS.put("queries", new YearTotalsScenario());
    // Last: the events it adds would change the sizes the relay and projections are measured on.
    SCENARIOS.put("backfill-vs-http", new BackfillVersusHttpScenario());
  }

  private BenchmarkSuite() {}

  public static void main(String[] args) throws Exception {
    Sizes sizes = Sizes.fromSystemProperties();
    Set<String> phases = phases();
    Path output = Path.of(System.getProperty("bench.output", "target/bench")).toAbsolutePath();
    Files.createDirectories(output);
    log.info("Benchmark sizes: {}; phases: {}", sizes, phases);
    Servers servers = Servers.start(output.resolve("stack"));
    Thread stopServers = new Thread(servers::close);
    Runtime.getRuntime().addShutdownHook(stopServers);
    try {
      run(new Bench(sizes, servers, output), phases, output);
    } finally {
      servers.close();
      Runtime.getRuntime().removeShutdownHook(stopServers);
    }
  }

  /** {@code bench.phases}, e.g. to compare two builds on what they changed; all by default. */
  private static Set<String> phases() {
    String chosen = System.getProperty("bench.phases", String.join(",", SCENARIOS.keySet()));
    Set<String> phases = Set.copyOf(List.of(chosen.split(",")));
    for (String phase : phases) {
      if (!SCENARIOS.containsKey(phase)) {
        throw new IllegalArgumentException(
            "Unknown bench.phases entry " + phase + "; known: " + SCENARIOS.keySet());
      }
    }
    return phases;
  }

  private static void run(Bench bench, Set<String> phases, Path output) throws Exception {
    long started = System.nanoTime();
    double loadAtStart = load();
    log.info("Servers: {}", bench.servers.description()); // fails before any run if not durable
    bench.command = bench.startCommand("command-service", Bench.TOPIC, List.of());
    bench.query = bench.startQuery("query-service", bench.queryDb, "query-service", List.of());
    try {
      for (Map.Entry<String, Scenario> scenario : SCENARIOS.entrySet()) {
        if (phases.contains(scenario.getKey())) {
          scenario.getValue().run(bench);
        }
      }
    } finally {
      bench.stop(bench.command);
      bench.stop(bench.query);
    }
    String report =
        bench.results.markdown(
            bench.servers.description(),
            bench.sizes.runs(),
            Duration.ofNanos(System.nanoTime() - started),
            loadAtStart,
            load());
    Files.writeString(output.resolve("results.md"), report);
    System.out.println("\n" + report);
    log.info(
        "Results in {}, JFR recordings in {}", output.resolve("results.md"), output.resolve("jfr"));
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
