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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.disputeregistry.testsupport.NextYearCalendar;
import org.disputeregistry.testsupport.Ports;

/**
 * The whole system as {@code ./run.sh} starts it: the launcher jar in its own JVM, which starts (or
 * connects to) PostgreSQL and Kafka and runs the embedded authorization server, both service jars
 * and the workbench's as child processes. The tests call the services as a user does, with access
 * tokens that {@code ./run.sh token ACCOUNT} gets from that authorization server.
 */
final class RunningSystem implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /**
   * The authorization server's port per data directory: a later launcher on the same directory
   * gives it the same one, so that it can adopt the server a killed launcher left running.
   */
  private static final Map<Path, Integer> AUTH_PORTS = new ConcurrentHashMap<>();

  /** The workbench's port per data directory, for the same reason. */
  private static final Map<Path, Integer> WORKBENCH_PORTS = new ConcurrentHashMap<>();

  /** Renewed well before the server's token lifetime (an hour) runs out. */
  private static final Duration TOKEN_REUSE = Duration.ofMinutes(20);

  /** Who writes (the tests open reconsideration cases) and who reads the statistics. */
  static final String OFFICER = "officer.li";

  static final String ANALYST = "analyst.liu";

  final int commandPort;
  final int queryPort;
  final int authPort;
  final int workbenchPort;
  final Path output;
  private final Path dataDir;
  private final Process launcher;
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();

  private record Token(String value, Instant obtained) {}

  private RunningSystem(
      int commandPort,
      int queryPort,
      int authPort,
      int workbenchPort,
      Path dataDir,
      Path output,
      Process launcher) {
    this.commandPort = commandPort;
    this.queryPort = queryPort;
    this.authPort = authPort;
    this.workbenchPort = workbenchPort;
    this.dataDir = dataDir;
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
    command.add("--workbench-jar=" + System.getProperty("workbench.jar"));
    command.add("--data-dir=" + dataDir);
    command.addAll(List.of(extraArgs));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder
        .environment()
        .put("REGISTRY_STATUTORY_CALENDAR_DIR", NextYearCalendar.directory().toString());
    builder.environment().putAll(environment);
    builder.environment().put("REGISTRY_COMMAND_PORT", String.valueOf(commandPort));
    builder.environment().put("REGISTRY_QUERY_PORT", String.valueOf(queryPort));
    int authPort =
        environment.containsKey("REGISTRY_AUTH_PORT")
            ? Integer.parseInt(environment.get("REGISTRY_AUTH_PORT"))
            : AUTH_PORTS.computeIfAbsent(dataDir.toAbsolutePath().normalize(), d -> Ports.free());
    builder.environment().put("REGISTRY_AUTH_PORT", String.valueOf(authPort));
    int workbenchPort =
        WORKBENCH_PORTS.computeIfAbsent(dataDir.toAbsolutePath().normalize(), d -> Ports.free());
    builder.environment().put("REGISTRY_WORKBENCH_PORT", String.valueOf(workbenchPort));
    try {
      Files.createDirectories(dataDir.getParent());
      Path output = Files.createTempFile(dataDir.getParent(), "launcher-", ".out");
      builder.redirectErrorStream(true).redirectOutput(output.toFile());
      return new RunningSystem(
          commandPort, queryPort, authPort, workbenchPort, dataDir, output, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits (bounded) until the launcher has printed its banner, i.e. both services and the workbench
   * are UP.
   */
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

  /** A JSON command, as {@link #OFFICER}. */
  HttpResponse<String> postCommand(String path, String json) {
    return postCommand(path, json, "Bearer " + token(OFFICER));
  }

  /** A JSON command with the given Authorization header (null: none). */
  HttpResponse<String> postCommand(String path, String json, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + commandPort + path))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  /** A GET of the command side as a demo account. */
  HttpResponse<String> getCommandAs(String account, String path) {
    return send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + commandPort + path))
            .header("Authorization", "Bearer " + token(account))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build());
  }

  /** A GET of the workbench as a browser not signed in sends it (redirects not followed). */
  HttpResponse<String> getWorkbench(String pathOrUrl) {
    String url =
        pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + workbenchPort + pathOrUrl;
    return send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
  }

  /** A GET of the query side, as {@link #ANALYST}. */
  HttpResponse<String> getQuery(String pathAndQuery) {
    return getQueryAs(ANALYST, pathAndQuery);
  }

  /** A POST without a body to the query side as a demo account (publishing a year's figures). */
  HttpResponse<String> postQueryAs(String account, String path) {
    return send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + queryPort + path))
            .header("Authorization", "Bearer " + token(account))
            .timeout(Duration.ofSeconds(120))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  HttpResponse<String> getQueryAs(String account, String pathAndQuery) {
    return send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + queryPort + pathAndQuery))
            .header("Authorization", "Bearer " + token(account))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build());
  }

  /**
   * An access token of a demo account or client, as a user gets it: {@code ./run.sh token NAME
   * --data-dir=...} against the running embedded authorization server; kept for a while, as a
   * script would keep it.
   */
  String token(String name) {
    return tokens
        .compute(
            name,
            (n, held) ->
                held != null && held.obtained().plus(TOKEN_REUSE).isAfter(Instant.now())
                    ? held
                    : new Token(runTokenCommand(n), Instant.now()))
        .value();
  }

  /** {@code ./run.sh token NAME --data-dir=DATA}: its stdout (the token alone) or a failure. */
  private String runTokenCommand(String name) {
    try {
      Path err = Files.createTempFile(dataDir.toAbsolutePath().getParent(), "token-", ".err");
      Process process =
          new ProcessBuilder(
                  "bash",
                  System.getProperty("run.sh"),
                  "token",
                  name,
                  "--data-dir=" + dataDir.toAbsolutePath())
              .redirectError(err.toFile())
              .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "./run.sh token " + name + " failed: " + Files.readString(err));
      }
      Files.delete(err);
      return out.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
