package org.disputeregistry.infra;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.disputeregistry.infra.LaunchOptions.InvalidOptionsException;

/**
 * Runs the whole registry on one machine: PostgreSQL and Kafka (embedded unless external ones are
 * named), then command-service and query-service as child JVMs, and keeps them running: a part that
 * dies is restarted ({@link Supervisor}). Ctrl-C stops the services, then Kafka, then PostgreSQL.
 */
public final class SystemLauncher {

  static final String COMMAND_DATABASE = "registry_commands";
  static final String QUERY_DATABASE = "registry_queries";

  /** Generous: four Spring Boot JVMs starting at once on two busy cores took over two minutes. */
  private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(5);

  private final PrintStream out;
  private final ShutdownSequence shutdown;
  private final RestartPolicy restarts = RestartPolicy.DEFAULT;

  /**
   * Completed first when the system stops: Ctrl-C in a terminal reaches every process at once, and
   * a broker or PostgreSQL that exits on it while the services are still stopping must not be
   * restarted.
   */
  private final CompletableFuture<Void> stopping = new CompletableFuture<>();

  private SystemLauncher(PrintStream out) {
    this.out = out;
    this.shutdown = new ShutdownSequence(out);
  }

  public static void main(String[] args) {
    System.exit(new SystemLauncher(System.out).run(Arrays.asList(args), System.getenv()));
  }

  private int run(List<String> args, Map<String, String> env) {
    if (LaunchOptions.wantsHelp(args)) {
      out.print(LaunchOptions.USAGE);
      return 0;
    }
    LaunchOptions options;
    try {
      options = LaunchOptions.parse(args, env, Path.of("").toAbsolutePath());
    } catch (InvalidOptionsException e) {
      System.err.println("error: " + e.getMessage());
      System.err.print(LaunchOptions.USAGE);
      return 2;
    }
    try {
      Path root = options.dataDirectory();
      DataDirectory.prepare(root, false);
      LauncherLock.acquire(root);
      LauncherLogging.configure(DataDirectory.logs(root));
      // What a killed launcher left behind holds ports and files: stopped before anything else.
      LeftoverProcesses.stop(root, out);
      LocalPostgres.stopLeftovers(DataDirectory.postgresData(root));
      if (options.fresh()) {
        DataDirectory.prepare(root, true);
        out.println("Wiped " + root + " (--fresh)");
      }
      checkPreconditions(options);
    } catch (InvalidOptionsException | IllegalStateException | UncheckedIOException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "registry-shutdown"));
    // Before the servers start: a first start is what gets the demo year by default.
    boolean newData = !Files.exists(DataDirectory.postgresData(options.dataDirectory()));
    try {
      List<ChildSpec> services = startAll(options);
      options
          .demoToLoad(newData)
          .ifPresent(scale -> loadDemoInBackground(scale, options, services));
      new CountDownLatch(1).await(); // until Ctrl-C: the shutdown hook stops everything
      return 130;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    } catch (ShutdownSequence.StoppingException e) {
      return 130;
    } catch (RuntimeException e) {
      if (shutdown.isStopping()) {
        return 130; // interrupted by Ctrl-C while starting; the hook stops the rest
      }
      System.err.println("error: " + describe(e));
      System.err.println("Logs: " + DataDirectory.logs(options.dataDirectory()));
      stopAll();
      return 1;
    }
  }

  /** The services are up and the banner shown; the demo year loads while they serve. */
  private void loadDemoInBackground(String scale, LaunchOptions options, List<ChildSpec> services) {
    Path marker = options.dataDirectory().resolve("demo-2023-" + scale + ".loaded");
    if (Files.exists(marker)) {
      return;
    }
    Thread loader =
        new Thread(
            () -> {
              try {
                boolean loaded =
                    new DemoLoader(out)
                        .load(
                            scale,
                            options.dataDirectory(),
                            services.get(0).baseUrl(),
                            services.get(1).baseUrl());
                if (loaded) {
                  Files.writeString(marker, "loaded\n");
                }
              } catch (IOException | RuntimeException e) {
                if (!shutdown.isStopping()) {
                  System.err.println("Demo year not loaded: " + describe(e));
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "demo-year");
    loader.setDaemon(true);
    loader.start();
  }

  private static void checkPreconditions(LaunchOptions options) {
    for (Path jar : List.of(options.commandJar(), options.queryJar())) {
      if (!Files.isRegularFile(jar)) {
        throw new InvalidOptionsException("No such jar: " + jar);
      }
    }
    for (int port : options.servicePorts()) {
      requireFreePort(port, "a service", "REGISTRY_COMMAND_PORT / REGISTRY_QUERY_PORT");
    }
    if (options.startsPostgres() && options.postgresPort() != 0) {
      requireFreePort(options.postgresPort(), "PostgreSQL", "REGISTRY_POSTGRES_PORT");
    }
    if (options.startsKafka() && options.kafkaPort() != 0) {
      requireFreePort(options.kafkaPort(), "Kafka", "REGISTRY_KAFKA_PORT");
    }
  }

  private static void requireFreePort(int port, String what, String variable) {
    if (!FreePorts.isFree(port)) {
      throw new InvalidOptionsException(
          "Port "
              + port
              + " for "
              + what
              + " is already in use (is the registry already running?). Stop that process or"
              + " set "
              + variable
              + ".");
    }
  }

  /** Starts and supervises every part; returns the services once all serve. */
  private List<ChildSpec> startAll(LaunchOptions options) {
    Path root = options.dataDirectory();
    RememberedPorts ports = RememberedPorts.of(root);
    Endpoints endpoints = startServers(options, ports);
    List<ChildSpec> specs = ChildSpec.plan(options, endpoints, DataDirectory.logs(root));
    // One shutdown step for all services, so that they stop in parallel.
    SupervisedGroup services = shutdown.start("the services", this::newGroup);
    List<ChildProcess> children = new ArrayList<>();
    for (ChildSpec spec : specs) {
      out.println("Starting " + spec.name() + " on port " + spec.port() + "...");
      children.add(services.start(() -> ChildProcess.start(spec, root)));
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant begin = Instant.now();
    for (ChildProcess child : children) {
      child.awaitHealthy(http, begin.plus(HEALTH_TIMEOUT));
      out.println(child.spec().name() + " is UP (" + since(begin) + " after start)");
      services.supervise(child.spec().name(), () -> startService(child.spec(), root, http), child);
    }
    out.print(Banner.render(specs, endpoints, root));
    out.flush();
    return specs;
  }

  private static ChildProcess startService(ChildSpec spec, Path root, HttpClient http) {
    ChildProcess child = ChildProcess.start(spec, root);
    try {
      child.awaitHealthy(http, Instant.now().plus(HEALTH_TIMEOUT));
      return child;
    } catch (RuntimeException e) {
      child.stop();
      throw e;
    }
  }

  private SupervisedGroup newGroup() {
    return new SupervisedGroup(restarts, out, stopping);
  }

  private void stopAll() {
    stopping.complete(null);
    shutdown.stopAll();
  }

  private Endpoints startServers(LaunchOptions options, RememberedPorts ports) {
    Path root = options.dataDirectory();
    String commandDbUrl;
    String queryDbUrl;
    Optional<String> user;
    Optional<String> password;
    if (options.startsPostgres()) {
      StackSettings settings =
          StackSettings.of(root).withPorts(ports.port("postgres", options.postgresPort()), 0);
      Instant begin = Instant.now();
      out.print(
          "PostgreSQL 17 on port "
              + settings.postgresPort()
              + " (data: "
              + DataDirectory.postgresData(root)
              + ")... ");
      out.flush();
      SupervisedGroup group = shutdown.start("PostgreSQL", this::newGroup);
      LocalPostgres postgres = group.start(() -> EmbeddedStack.startPostgres(settings));
      postgres.ensureDatabase(COMMAND_DATABASE);
      postgres.ensureDatabase(QUERY_DATABASE);
      group.supervise("PostgreSQL", () -> EmbeddedStack.startPostgres(settings), postgres);
      out.println("ready in " + since(begin));
      commandDbUrl = postgres.jdbcUrl(COMMAND_DATABASE);
      queryDbUrl = postgres.jdbcUrl(QUERY_DATABASE);
      user = Optional.of(LocalPostgres.USER);
      password = Optional.of(LocalPostgres.PASSWORD);
    } else {
      LaunchOptions.ExternalDatabases external = options.externalDatabases().orElseThrow();
      out.println("PostgreSQL: using " + external.commandUrl() + " and " + external.queryUrl());
      commandDbUrl = external.commandUrl();
      queryDbUrl = external.queryUrl();
      user = external.user();
      password = external.password();
    }

    String kafkaBootstrap;
    if (options.startsKafka()) {
      kafkaBootstrap = startKafka(options, ports);
    } else {
      kafkaBootstrap = options.externalKafka().orElseThrow();
      out.println("Kafka: using " + kafkaBootstrap);
    }
    return new Endpoints(commandDbUrl, queryDbUrl, user, password, kafkaBootstrap);
  }

  /** All nodes start together (a new cluster needs a quorum), then each is supervised. */
  private String startKafka(LaunchOptions options, RememberedPorts ports) {
    Path root = options.dataDirectory();
    List<KafkaNode> cluster =
        KafkaCluster.plan(root, options.kafkaBrokers(), options.kafkaPort(), ports);
    Instant begin = Instant.now();
    out.print(
        "Kafka (KRaft, "
            + cluster.size()
            + (cluster.size() == 1 ? " node" : " nodes")
            + ") on "
            + KafkaNode.bootstrapServers(cluster)
            + " (data: "
            + cluster.get(0).logDirectory().getParent()
            + ")... ");
    out.flush();
    KafkaNode.formatNew(cluster);
    SupervisedGroup group = shutdown.start("Kafka", this::newGroup);
    List<JavaProcess> brokers = new ArrayList<>();
    for (KafkaNode node : cluster) {
      brokers.add(group.start(() -> KafkaBroker.launch(node, cluster, root)));
    }
    for (int i = 0; i < cluster.size(); i++) {
      KafkaNode node = cluster.get(i);
      KafkaBroker.awaitReady(brokers.get(i), node, root);
      group.supervise(
          KafkaBroker.name(node), () -> KafkaBroker.start(node, cluster, root), brokers.get(i));
    }
    out.println("ready in " + since(begin));
    return KafkaNode.bootstrapServers(cluster);
  }

  static String since(Instant begin) {
    return String.format("%.1f s", Duration.between(begin, Instant.now()).toMillis() / 1000.0);
  }

  private static String describe(Throwable e) {
    StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      message.append("\n  caused by: ").append(cause);
    }
    return message.toString();
  }
}
