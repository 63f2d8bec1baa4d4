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
import java.util.concurrent.TimeUnit;
import org.disputeregistry.infra.LaunchOptions.InvalidOptionsException;

/**
 * Runs the whole registry on one machine: PostgreSQL and Kafka (embedded unless external ones are
 * named), then command-service and query-service as child JVMs. Ctrl-C stops the services, then
 * Kafka, then PostgreSQL.
 */
public final class SystemLauncher {

  static final String COMMAND_DATABASE = "registry_commands";
  static final String QUERY_DATABASE = "registry_queries";

  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  /** How long a child's exit may precede our own shutdown hook and still count as Ctrl-C. */
  private static final Duration SIGNAL_RACE = Duration.ofSeconds(2);

  private final PrintStream out;
  private final ShutdownSequence shutdown;
  private final CountDownLatch hookStarted = new CountDownLatch(1);

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
      checkPreconditions(options);
      DataDirectory.prepare(options.dataDirectory(), options.fresh());
      if (options.fresh()) {
        out.println("Wiped " + options.dataDirectory() + " (--fresh)");
      }
    } catch (InvalidOptionsException | IllegalStateException | UncheckedIOException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    LauncherLogging.configure(DataDirectory.logs(options.dataDirectory()));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  hookStarted.countDown();
                  shutdown.stopAll();
                },
                "registry-shutdown"));
    // Before the servers start: a first start is what gets the demo year by default.
    boolean newData = !Files.exists(DataDirectory.postgresData(options.dataDirectory()));
    try {
      List<ChildProcess> children = startAll(options);
      options
          .demoToLoad(newData)
          .ifPresent(scale -> loadDemoInBackground(scale, options, children));
      return superviseUntilStopped(children);
    } catch (ShutdownSequence.StoppingException e) {
      return 130;
    } catch (RuntimeException e) {
      if (shutdown.isStopping()) {
        return 130; // interrupted by Ctrl-C while starting; the hook stops the rest
      }
      System.err.println("error: " + describe(e));
      System.err.println("Logs: " + DataDirectory.logs(options.dataDirectory()));
      shutdown.stopAll();
      return 1;
    }
  }

  /** The services are up and the banner shown; the demo year loads while they serve. */
  private void loadDemoInBackground(
      String scale, LaunchOptions options, List<ChildProcess> children) {
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
                            children.get(0).spec().baseUrl(),
                            children.get(1).spec().baseUrl());
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
    requireFreePort(options.commandPort(), "command-service", "REGISTRY_COMMAND_PORT");
    requireFreePort(options.queryPort(), "query-service", "REGISTRY_QUERY_PORT");
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

  private List<ChildProcess> startAll(LaunchOptions options) {
    Path root = options.dataDirectory();
    // Ports are chosen here so that the progress lines can name them.
    RememberedPorts ports = RememberedPorts.of(root);
    StackSettings settings =
        StackSettings.of(root)
            .withPorts(
                options.startsPostgres() ? ports.port("postgres", options.postgresPort()) : 0,
                options.startsKafka() ? ports.port("kafka", options.kafkaPort()) : 0);

    Endpoints endpoints = startServers(options, settings);
    List<ChildSpec> specs = ChildSpec.plan(options, endpoints, DataDirectory.logs(root));
    // One shutdown step for both services, so that they stop in parallel.
    Services services = shutdown.start("command-service and query-service", Services::new);
    List<ChildProcess> children = new ArrayList<>();
    for (ChildSpec spec : specs) {
      out.println("Starting " + spec.name() + " on port " + spec.port() + "...");
      children.add(services.launch(spec));
    }
    awaitHealthy(children);
    out.print(Banner.render(specs, endpoints, root));
    out.flush();
    return children;
  }

  private Endpoints startServers(LaunchOptions options, StackSettings settings) {
    String commandDbUrl;
    String queryDbUrl;
    Optional<String> user;
    Optional<String> password;
    if (options.startsPostgres()) {
      Instant begin = Instant.now();
      out.print(
          "PostgreSQL 17 on port "
              + settings.postgresPort()
              + " (data: "
              + DataDirectory.postgresData(settings.dataDirectory())
              + ")... ");
      out.flush();
      LocalPostgres postgres =
          shutdown.start("PostgreSQL", () -> EmbeddedStack.startPostgres(settings));
      postgres.ensureDatabase(COMMAND_DATABASE);
      postgres.ensureDatabase(QUERY_DATABASE);
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
      Instant begin = Instant.now();
      int port = settings.kafkaPort();
      out.print(
          "Kafka (KRaft) on port "
              + port
              + " (data: "
              + DataDirectory.kafkaLogs(settings.dataDirectory())
              + ")... ");
      out.flush();
      LocalKafka kafka =
          shutdown.start(
              "Kafka",
              () -> LocalKafka.start(DataDirectory.kafkaLogs(settings.dataDirectory()), port));
      out.println("ready in " + since(begin));
      kafkaBootstrap = kafka.bootstrapServers();
    } else {
      kafkaBootstrap = options.externalKafka().orElseThrow();
      out.println("Kafka: using " + kafkaBootstrap);
    }
    return new Endpoints(commandDbUrl, queryDbUrl, user, password, kafkaBootstrap);
  }

  private void awaitHealthy(List<ChildProcess> children) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant begin = Instant.now();
    Instant deadline = begin.plus(HEALTH_TIMEOUT);
    for (ChildProcess child : children) {
      child.awaitHealthy(http, deadline);
      out.println(child.spec().name() + " is UP (" + since(begin) + " after start)");
    }
  }

  /** Blocks until a service exits; returns the process exit code. */
  private int superviseUntilStopped(List<ChildProcess> children) {
    CompletableFuture.anyOf(
            children.stream().map(ChildProcess::onExit).toArray(CompletableFuture[]::new))
        .join();
    // Ctrl-C reaches the services too, and one may exit before our own hook has started.
    if (awaitHook(SIGNAL_RACE) || shutdown.isStopping()) {
      return 130;
    }
    ChildProcess dead = children.stream().filter(c -> !c.isAlive()).findFirst().orElseThrow();
    System.err.println(
        dead.spec().name()
            + " exited unexpectedly with code "
            + dead.exitValue()
            + "; see its log: "
            + dead.spec().logFile());
    shutdown.stopAll();
    return 1;
  }

  private boolean awaitHook(Duration timeout) {
    try {
      return hookStarted.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
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

  /** The service JVMs, stopped together as one step of the shutdown sequence. */
  private static final class Services implements AutoCloseable {
    private final List<ChildProcess> running = new ArrayList<>();
    private boolean closed;

    synchronized ChildProcess launch(ChildSpec spec) {
      if (closed) {
        throw new ShutdownSequence.StoppingException();
      }
      ChildProcess child = ChildProcess.start(spec);
      running.add(child);
      return child;
    }

    @Override
    public synchronized void close() {
      closed = true;
      ChildProcess.stopAll(running, STOP_GRACE);
    }
  }
}
