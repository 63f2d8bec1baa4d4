package org.disputeregistry.infra.launcher;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.disputeregistry.infra.DataDirectory;
import org.disputeregistry.infra.LauncherLock;
import org.disputeregistry.infra.PostgresLeftovers;
import org.disputeregistry.infra.launcher.LaunchOptions.InvalidOptionsException;
import org.disputeregistry.infra.supervision.RestartPolicy;
import org.disputeregistry.infra.supervision.ShutdownSequence;
import org.disputeregistry.infra.supervision.SupervisedGroup;
import org.disputeregistry.infra.supervision.Supervisor;

/**
 * Runs the whole registry on one machine: PostgreSQL and Kafka (embedded unless external ones are
 * named), the authorization server, then command-service and query-service as child JVMs, and the
 * workbench after them, and keeps them running: a part that dies is restarted ({@link Supervisor}).
 * Ctrl-C stops the services, then Kafka, then PostgreSQL.
 */
public final class SystemLauncher {

  private final PrintStream out;
  private final ShutdownSequence shutdown;
  private final RestartPolicy restarts = RestartPolicy.DEFAULT;

  /**
   * Completed first when the system stops: Ctrl-C in a terminal reaches every process at once, and
   * a broker or PostgreSQL that exits on it while the services are still stopping must not be
   * restarted.
   */
  private final CompletableFuture<Void> stopping = new CompletableFuture<>();

  private final Startup startup;

  private SystemLauncher(PrintStream out) {
    this.out = out;
    this.shutdown = new ShutdownSequence(out);
    this.startup =
        new Startup(
            out,
            shutdown,
            () -> new SupervisedGroup(restarts, out, stopping),
            new LeftoversToAdopt(out));
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
        PostgresLeftovers.stop(DataDirectory.postgresData(root));
        DataDirectory.prepare(root, true);
        out.println("Wiped " + root + " (--fresh)");
      } else {
        startup.leftovers().offer(LeftoverProcesses.stopAllBut(root, partNames(options), out));
        if (!options.startsPostgres()) {
          PostgresLeftovers.stop(DataDirectory.postgresData(root));
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
          .ifPresent(
              scale ->
                  DemoLoader.inBackground(
                      out,
                      scale,
                      options.identity(),
                      options.dataDirectory(),
                      services.get(0).baseUrl(),
                      services.get(1).baseUrl(),
                      shutdown::isStopping));
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

  /** The JVMs this launcher runs (the names of their pid files). */
  private static Set<String> partNames(LaunchOptions options) {
    Set<String> names = new HashSet<>();
    for (int instance = 1; instance <= options.instances(); instance++) {
      names.add(ChildSpec.name(ChildSpec.COMMAND_SERVICE, instance));
      names.add(ChildSpec.name(ChildSpec.QUERY_SERVICE, instance));
    }
    if (options.identity().startsServer()) {
      names.add(ChildSpec.AUTHORIZATION_SERVER);
    }
    if (options.workbench().jar().isPresent()) {
      names.add(ChildSpec.WORKBENCH);
    }
    if (options.startsKafka()) {
      for (int id = 1; id <= options.kafkaBrokers(); id++) {
        names.add(KafkaBroker.name(id));
      }
    }
    return names;
  }

  private static void checkPreconditions(LaunchOptions options) {
    List<Path> jars = new ArrayList<>(List.of(options.commandJar(), options.queryJar()));
    options.identity().serverJar().ifPresent(jars::add);
    options.workbench().jar().ifPresent(jars::add);
    for (Path jar : jars) {
      if (!Files.isRegularFile(jar)) {
        throw new InvalidOptionsException("No such jar: " + jar);
      }
    }
  }

  /**
   * Starts and supervises every part, PostgreSQL, Kafka, then the services; returns the services
   * once all serve and the banner is shown.
   */
  private List<ChildSpec> startAll(LaunchOptions options) {
    Path root = options.dataDirectory();
    RememberedPorts ports = RememberedPorts.of(root);
    PostgresStarter.Databases databases = new PostgresStarter(startup).start(options, ports);
    KafkaStarter.Started kafka = new KafkaStarter(startup).start(options, ports);
    Optional<String> issuer = new AuthorizationServerStarter(startup).start(options);
    Endpoints endpoints =
        new Endpoints(
            databases.commandUrl(),
            databases.queryUrl(),
            databases.commandLogin(),
            databases.queryLogin(),
            databases.passwordFile(),
            kafka.bootstrapServers(),
            kafka.credentials());
    List<ChildSpec> planned = ChildSpec.plan(options, endpoints, DataDirectory.logs(root));
    List<ChildSpec> specs = issuer.map(i -> ChildSpec.withIssuer(planned, i)).orElse(planned);
    new ServiceStarter(startup).start(specs, root);
    List<ChildSpec> shown = new ArrayList<>(specs);
    new WorkbenchStarter(startup).start(options, issuer, specs).ifPresent(shown::add);
    out.print(Banner.render(shown, endpoints, root, issuer.map(i -> identity(options, i))));
    out.flush();
    return specs;
  }

  private static Banner.Identity identity(LaunchOptions options, String issuer) {
    IdentityOptions identity = options.identity();
    if (!identity.startsServer()) {
      return new Banner.Identity(issuer, DemoAccounts.NONE, Optional.empty());
    }
    return new Banner.Identity(
        issuer,
        DemoAccounts.of(identity.serverJar().orElseThrow()),
        Optional.of(
            AuthorizationServerStarter.spec(identity, options.dataDirectory(), options.workbench())
                .logFile()));
  }

  private void stopAll() {
    stopping.complete(null);
    shutdown.stopAll();
  }

  static String describe(Throwable e) {
    StringBuilder message =
        new StringBuilder(e.getMessage() != null ? e.getMessage() : e.toString());
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      message.append("\n  caused by: ").append(cause);
    }
    return message.toString();
  }
}
