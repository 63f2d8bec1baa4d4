package org.disputeregistry.infra.launcher;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disputeregistry.infra.supervision.Elapsed;
import org.disputeregistry.infra.supervision.SupervisedGroup;

/**
 * The service JVMs (command-service and query-service, one or more instances each): adopted from a
 * killed launcher if fit, else started; supervised once every one serves.
 */
final class ServiceStarter {

  /** Generous: four Spring Boot JVMs starting at once on two busy cores took over two minutes. */
  private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(5);

  private final Startup startup;

  ServiceStarter(Startup startup) {
    this.startup = startup;
  }

  /** Starts the planned services and returns once all of them serve. */
  void start(List<ChildSpec> specs, Path root) {
    start("the services", specs, root, "REGISTRY_COMMAND_PORT / REGISTRY_QUERY_PORT");
  }

  /**
   * Starts (or adopts) {@code specs} and returns once all of them serve; they are one step of the
   * shutdown sequence, {@code group}, stopped in parallel. {@code portVariable} sets their ports.
   */
  void start(String group, List<ChildSpec> specs, Path root, String portVariable) {
    SupervisedGroup services = startup.group(group);
    List<ChildProcess> children = new ArrayList<>();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    for (ChildSpec spec : specs) {
      Optional<ProcessHandle> adopted =
          startup
              .leftovers()
              .take(spec.name(), root, p -> ChildProcess.whyNotAdopt(spec, root, p, http));
      if (adopted.isPresent()) {
        children.add(services.start(() -> ChildProcess.adopt(spec, root, adopted.get())));
      } else {
        Startup.requireFreePort(spec.port(), spec.name(), portVariable);
        startup.out().println("Starting " + spec.name() + " on port " + spec.port() + "...");
        children.add(services.start(() -> ChildProcess.start(spec, root)));
      }
    }
    Instant begin = Instant.now();
    for (ChildProcess child : children) {
      child.awaitHealthy(http, begin.plus(HEALTH_TIMEOUT));
      startup
          .out()
          .println(child.spec().name() + " is UP (" + Elapsed.since(begin) + " after start)");
      services.supervise(child.spec().name(), () -> restart(child.spec(), root, http), child);
    }
  }

  private static ChildProcess restart(ChildSpec spec, Path root, HttpClient http) {
    ChildProcess child = ChildProcess.start(spec, root);
    try {
      child.awaitHealthy(http, Instant.now().plus(HEALTH_TIMEOUT));
      return child;
    } catch (RuntimeException e) {
      child.stop();
      throw e;
    }
  }
}
