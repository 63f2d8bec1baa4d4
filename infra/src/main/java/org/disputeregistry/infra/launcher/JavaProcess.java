package org.disputeregistry.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.disputeregistry.infra.DataDirectory;
import org.disputeregistry.infra.LogFiles;
import org.disputeregistry.infra.supervision.Supervisor;

/**
 * A JVM the launcher started for a data directory (a service or a Kafka broker). Its command line
 * names the data directory and its pid is kept there, so that a later launcher can tell its
 * leftovers from anybody else's processes ({@link LeftoverProcesses}). Output is appended to its
 * log.
 */
final class JavaProcess implements Supervisor.Running {

  static final String DATA_DIRECTORY_PROPERTY = "registry.data-dir";
  static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final String name;
  private final ProcessHandle process;

  /** How it ended: a child's exit code; an adopted process's is not ours to know. */
  private final CompletableFuture<String> exit;

  private final Path pidFile;

  private JavaProcess(
      String name, ProcessHandle process, CompletableFuture<String> exit, Path pidFile) {
    this.name = name;
    this.process = process;
    this.exit = exit;
    this.pidFile = pidFile;
  }

  /**
   * @param arguments JVM options, then the main class or {@code -jar} and its arguments
   */
  static JavaProcess start(
      String name,
      List<String> arguments,
      Map<String, String> environment,
      Path logFile,
      Path dataDirectory) {
    ProcessBuilder builder = new ProcessBuilder(commandLine(arguments, dataDirectory));
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    // The operating system writes to the file itself, so the output goes on (and nothing blocks)
    // if the launcher dies and a later launcher adopts the process.
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    Path pidFile = pidFile(name, dataDirectory);
    try {
      LogFiles.prepareForAppend(logFile);
      Files.writeString(
          logFile,
          "---- " + name + " starting at " + Instant.now() + " ----\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      Process process = builder.start();
      Files.createDirectories(pidFile.getParent());
      Files.writeString(pidFile, process.pid() + "\n");
      return new JavaProcess(
          name,
          process.toHandle(),
          process.onExit().thenApply(p -> "exit code " + p.exitValue()),
          pidFile);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + name, e);
    }
  }

  /**
   * A process an earlier launcher started for this data directory, supervised from now on like a
   * child (its pid file already names it).
   */
  static JavaProcess adopt(String name, ProcessHandle process, Path dataDirectory) {
    return new JavaProcess(
        name,
        process,
        process.onExit().thenApply(p -> "exit code unknown (adopted)"),
        pidFile(name, dataDirectory));
  }

  /** The command line {@link #start} runs: what an adopted process must have been started with. */
  static List<String> commandLine(List<String> arguments, Path dataDirectory) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(marker(dataDirectory));
    command.addAll(arguments);
    return List.copyOf(command);
  }

  static Path pidFile(String name, Path dataDirectory) {
    return DataDirectory.pids(dataDirectory).resolve(name + ".pid");
  }

  /** The argument that ties a JVM to the data directory it was started for. */
  static String marker(Path dataDirectory) {
    return "-D" + DATA_DIRECTORY_PROPERTY + "=" + dataDirectory.toAbsolutePath().normalize();
  }

  String name() {
    return name;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** "exit code N" once it has exited. */
  String exitDescription() {
    return exit.join();
  }

  @Override
  public CompletableFuture<String> onExit() {
    return exit;
  }

  @Override
  public void stop() {
    stopAll(List.of(this), STOP_GRACE);
  }

  /** SIGTERM to the process and anything it started (a JVM shuts down gracefully on it). */
  void requestStop() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
  }

  /** Stops them together: SIGTERM, up to {@code grace} for all to exit, then SIGKILL. */
  static void stopAll(List<JavaProcess> processes, Duration grace) {
    processes.forEach(JavaProcess::requestStop);
    Instant deadline = Instant.now().plus(grace);
    for (JavaProcess p : processes) {
      Duration left = Duration.between(Instant.now(), deadline);
      if (!p.awaitExit(left.isNegative() ? Duration.ZERO : left)) {
        p.process.descendants().forEach(ProcessHandle::destroyForcibly);
        p.process.destroyForcibly();
        p.awaitExit(Duration.ofSeconds(5));
      }
      try {
        Files.deleteIfExists(p.pidFile);
      } catch (IOException e) {
        // a stale pid file is checked against the command line before anything is killed
      }
    }
  }

  /** Waits up to {@code timeout}; true if the process has exited. */
  boolean awaitExit(Duration timeout) {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return !process.isAlive();
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }
}
