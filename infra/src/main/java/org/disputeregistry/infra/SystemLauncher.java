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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
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

  /**
   * What a killed launcher left running that this one would start again, by name: each part adopts
   * its own if it is exactly what would start and healthy, or stops it.
   */
  private final Map<String, ProcessHandle> leftovers = new HashMap<>();

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
      // What a killed launcher left behind holds ports and files: what this launcher would not
      // start again is stopped before anything else; the rest is adopted or stopped part by part.
      if (options.fresh()) {
        LeftoverProcesses.stop(root, out);
        LocalPostgres.stopLeftovers(DataDirectory.postgresData(root));
        DataDirectory.prepare(root, true);
        out.println("Wiped " + root + " (--fresh)");
      } else {
        leftovers.putAll(LeftoverProcesses.stopAllBut(root, partNames(options), out));
        if (!options.startsPostgres()) {
          LocalPostgres.stopLeftovers(DataDirectory.postgresData(root));
        }
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

  /** The JVMs this launcher runs (the names of their pid files). */
  private static Set<String> partNames(LaunchOptions options) {
    Set<String> names = new HashSet<>();
    for (int instance = 1; instance <= options.instances(); instance++) {
      names.add(ChildSpec.name(ChildSpec.COMMAND_SERVICE, instance));
      names.add(ChildSpec.name(ChildSpec.QUERY_SERVICE, instance));
    }
    if (options.startsKafka()) {
      for (int id = 1; id <= options.kafkaBrokers(); id++) {
        names.add(KafkaBroker.name(id));
      }
    }
    return names;
  }

  /**
   * The leftover called {@code name} if it is fit to be adopted; otherwise it is stopped, the
   * console says why, and the part starts afresh.
   */
  private Optional<ProcessHandle> adoptable(
      String name, Path root, Function<ProcessHandle, Optional<String>> whyNotAdopt) {
    ProcessHandle leftover = leftovers.remove(name);
    if (leftover == null) {
      return Optional.empty();
    }
    Optional<String> reason = whyNotAdopt.apply(leftover);
    if (reason.isPresent()) {
      LeftoverProcesses.replace(name, leftover, reason.get(), root, out);
      return Optional.empty();
    }
    sayAdopted(name, leftover);
    return Optional.of(leftover);
  }

  private void sayAdopted(String name, ProcessHandle process) {
    out.println(
        "Adopted " + name + " (pid " + process.pid() + ") left running by an earlier launcher");
    out.flush();
  }

  private static void checkPreconditions(LaunchOptions options) {
    for (Path jar : List.of(options.commandJar(), options.queryJar())) {
      if (!Files.isRegularFile(jar)) {
        throw new InvalidOptionsException("No such jar: " + jar);
      }
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
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    for (ChildSpec spec : specs) {
      Optional<ProcessHandle> adopted =
          adoptable(spec.name(), root, p -> ChildProcess.whyNotAdopt(spec, root, p, http));
      if (adopted.isPresent()) {
        children.add(services.start(() -> ChildProcess.adopt(spec, root, adopted.get())));
      } else {
        requireFreePort(spec.port(), "a service", "REGISTRY_COMMAND_PORT / REGISTRY_QUERY_PORT");
        out.println("Starting " + spec.name() + " on port " + spec.port() + "...");
        children.add(services.start(() -> ChildProcess.start(spec, root)));
      }
    }
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
      Path data = DataDirectory.postgresData(root);
      StackSettings remembered =
          StackSettings.of(root).withPorts(ports.recorded("postgres", options.postgresPort()), 0);
      Optional<LocalPostgres> adopted = adoptPostgres(remembered);
      if (adopted.isEmpty() && options.postgresPort() != 0) {
        requireFreePort(options.postgresPort(), "PostgreSQL", "REGISTRY_POSTGRES_PORT");
      }
      int port =
          ports.port("postgres", adopted.map(LocalPostgres::port).orElse(options.postgresPort()));
      StackSettings settings = StackSettings.of(root).withPorts(port, 0);
      Instant begin = Instant.now();
      out.print("PostgreSQL 17 on port " + settings.postgresPort() + " (data: " + data + ")... ");
      out.flush();
      SupervisedGroup group = shutdown.start("PostgreSQL", this::newGroup);
      LocalPostgres postgres =
          group.start(() -> adopted.orElseGet(() -> EmbeddedStack.startPostgres(settings)));
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

  /**
   * The postmaster a killed launcher left on the data directory, if it is what {@link
   * EmbeddedStack#startPostgres} would run with these settings and accepts connections; any other
   * is stopped.
   */
  private Optional<LocalPostgres> adoptPostgres(StackSettings settings) {
    Path data = DataDirectory.postgresData(settings.dataDirectory());
    Optional<ProcessHandle> leftover = LocalPostgres.leftover(data);
    if (leftover.isPresent()) {
      Optional<String> reason =
          LocalPostgres.whyNotAdopt(
              leftover.get(), data, settings.postgresBinariesDirectory(), settings.postgresPort());
      if (reason.isEmpty()) {
        sayAdopted("PostgreSQL", leftover.get());
        return Optional.of(LocalPostgres.adopt(leftover.get(), settings.postgresPort()));
      }
      out.println(
          "Stopping PostgreSQL (pid "
              + leftover.get().pid()
              + ") left running by an earlier launcher: "
              + reason.get());
    }
    LocalPostgres.stopLeftovers(data);
    return Optional.empty();
  }

  /**
   * Nodes a killed launcher left running are adopted if fit; the others start together (a new
   * cluster needs a quorum), then each is supervised.
   */
  private String startKafka(LaunchOptions options, RememberedPorts ports) {
    Path root = options.dataDirectory();
    int size = options.kafkaBrokers();
    List<KafkaNode> remembered =
        KafkaCluster.plan(root, size, options.kafkaPort(), ports::recorded);
    Map<Integer, JavaProcess> adopted = new HashMap<>();
    Map<String, Integer> adoptedPorts = new HashMap<>();
    for (KafkaNode node : remembered) {
      String name = KafkaBroker.name(node);
      adoptable(name, root, p -> KafkaBroker.whyNotAdopt(node, remembered, root, p))
          .ifPresent(
              p -> {
                adopted.put(node.id(), JavaProcess.adopt(name, p, root));
                adoptedPorts.put("kafka-" + node.id(), node.port());
                adoptedPorts.put("kafka-controller-" + node.id(), node.controllerPort());
              });
    }
    List<KafkaNode> cluster =
        KafkaCluster.plan(
            root,
            size,
            options.kafkaPort(),
            (name, explicit) ->
                ports.port(name, explicit != 0 ? explicit : adoptedPorts.getOrDefault(name, 0)));
    if (!adopted.isEmpty() && !cluster.equals(remembered)) {
      // A port of a node that starts afresh had to change: the adopted nodes know the old one.
      out.println("Kafka's ports changed; stopping the adopted nodes to start them anew");
      adopted.values().forEach(JavaProcess::stop);
      adopted.clear();
    }
    if (options.kafkaPort() != 0 && !adopted.containsKey(1)) {
      requireFreePort(options.kafkaPort(), "Kafka", "REGISTRY_KAFKA_PORT");
    }
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
      JavaProcess running = adopted.get(node.id());
      brokers.add(
          group.start(() -> running != null ? running : KafkaBroker.launch(node, cluster, root)));
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
    StringBuilder message =
        new StringBuilder(e.getMessage() != null ? e.getMessage() : e.toString());
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      message.append("\n  caused by: ").append(cause);
    }
    return message.toString();
  }
}
