package org.disputeregistry.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.disputeregistry.testsupport.Ports;

/**
 * The whole system as {@code ./run.sh} starts it: the launcher jar in its own JVM, which starts (or
 * connects to) PostgreSQL and Kafka and runs both service jars as child processes.
 */
final class RunningSystem implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /**
   * The authorization server's port per data directory: a later launcher on the same directory
   * gives it the same one, so that it can adopt the server a killed launcher left running.
   */
  private static final Map<Path, Integer> AUTH_PORTS = new ConcurrentHashMap<>();

  final int commandPort;
  final int queryPort;
  final int authPort;
  final Path output;
  private final Process launcher;

  private RunningSystem(
      int commandPort, int queryPort, int authPort, Path output, Process launcher) {
    this.commandPort = commandPort;
    this.queryPort = queryPort;
    this.authPort = authPort;
    this.output = output;
    this.launcher = launcher;
  }

  /** Starts the launcher; {@code environment} may name external servers. */
  static RunningSystem start(Path dataDir, Map<String, String> environment, String... extraArgs) {
    return start(dataDir, environment, Ports.free(), Ports.free(), extraArgs);
  }

  /** As above, on given service ports (a later launcher on the same data directory). */
  static RunningSystem start(
      Path dataDir,
      Map<String, String> environment,
      int commandPort,
      int queryPort,
      String... extraArgs) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(System.getProperty("launcher.jar"));
    command.add("--command-jar=" + System.getProperty("command.jar"));
    command.add("--query-jar=" + System.getProperty("query.jar"));
    command.add("--auth-jar=" + System.getProperty("auth.jar"));
    command.add("--data-dir=" + dataDir);
    command.addAll(List.of(extraArgs));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    builder.environment().put("REGISTRY_COMMAND_PORT", String.valueOf(commandPort));
    builder.environment().put("REGISTRY_QUERY_PORT", String.valueOf(queryPort));
    int authPort =
        environment.containsKey("REGISTRY_AUTH_PORT")
            ? Integer.parseInt(environment.get("REGISTRY_AUTH_PORT"))
            : AUTH_PORTS.computeIfAbsent(dataDir.toAbsolutePath().normalize(), d -> Ports.free());
    builder.environment().put("REGISTRY_AUTH_PORT", String.valueOf(authPort));
    try {
      Files.createDirectories(dataDir.getParent());
      Path output = Files.createTempFile(dataDir.getParent(), "launcher-", ".out");
      builder.redirectErrorStream(true).redirectOutput(output.toFile());
      return new RunningSystem(commandPort, queryPort, authPort, output, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits (bounded) until the launcher has printed its banner, i.e. both services are UP. */
  RunningSystem awaitReady() {
    await("the launcher's banner in " + output)
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(500))
        .failFast("the launcher exited:\n" + output(), () -> !launcher.isAlive())
        .until(() -> output().contains("Ctrl-C"));
    return this;
  }

  String output() {
    try {
      return Files.readString(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpResponse<String> postCommand(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + commandPort + path))
            .header("Content-Type", "application/json")
            .header("X-Actor", "system-test")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  HttpResponse<String> getQuery(String pathAndQuery) {
    return send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + queryPort + pathAndQuery))
            .GET()
            .build());
  }

  /** What Ctrl-C in a terminal sends. */
  void interrupt() {
    try {
      new ProcessBuilder("kill", "-INT", String.valueOf(launcher.pid())).start().waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for the launcher to exit and returns its exit code. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!launcher.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("The launcher did not stop within " + timeout + ":\n" + output());
    }
    return launcher.exitValue();
  }

  long launcherPid() {
    return launcher.pid();
  }

  List<ProcessHandle> descendants() {
    return launcher.descendants().toList();
  }

  @Override
  public void close() throws InterruptedException {
    if (launcher.isAlive()) {
      launcher.destroy();
      if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
        launcher.descendants().forEach(ProcessHandle::destroyForcibly);
        launcher.destroyForcibly();
      }
    }
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
