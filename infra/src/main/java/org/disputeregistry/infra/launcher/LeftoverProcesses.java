package org.disputeregistry.infra.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.disputeregistry.infra.DataDirectory;
import org.disputeregistry.infra.PostgresLeftovers;

/**
 * The service and broker JVMs that an earlier launcher on the same data directory left running when
 * it was killed without its shutdown hook. Only processes whose command line names this data
 * directory ({@link JavaProcess#marker}) are considered: a pid in a stale pid file may belong to
 * someone else by now. Those this launcher would start again (named by their pid file) are kept as
 * candidates for {@link Adoption}; the rest are stopped. (A left-over PostgreSQL is {@link
 * PostgresLeftovers}'s business.)
 */
final class LeftoverProcesses {

  private static final Duration GRACE = Duration.ofSeconds(15);

  private LeftoverProcesses() {}

  /** Stops them all (SIGTERM, then SIGKILL after a grace period) and says so. */
  static void stop(Path dataDirectory, PrintStream out) {
    stopAllBut(dataDirectory, Set.of(), out);
    DataDirectory.deleteRecursively(DataDirectory.pids(dataDirectory));
  }

  /**
   * Stops every leftover but those whose pid file names one of {@code candidates}; returns those,
   * by name, for the parts to adopt or stop.
   */
  static Map<String, ProcessHandle> stopAllBut(
      Path dataDirectory, Set<String> candidates, PrintStream out) {
    Map<String, ProcessHandle> named = named(dataDirectory);
    Map<String, ProcessHandle> kept = new LinkedHashMap<>(named);
    kept.keySet().retainAll(candidates);
    List<ProcessHandle> others =
        find(dataDirectory).stream().filter(p -> !kept.containsValue(p)).toList();
    if (!others.isEmpty()) {
      out.println(
          "Stopping "
              + others.size()
              + " process(es) left running on "
              + dataDirectory
              + " by an earlier run (pids "
              + others.stream().map(p -> String.valueOf(p.pid())).toList()
              + ")");
      stop(others);
      named.forEach(
          (name, process) -> {
            if (others.contains(process)) {
              deletePidFile(dataDirectory, name);
            }
          });
    }
    return kept;
  }

  /** Stops one leftover that was not adopted, and says why. */
  static void replace(
      String name, ProcessHandle process, String reason, Path dataDirectory, PrintStream out) {
    out.println(
        "Stopping "
            + name
            + " (pid "
            + process.pid()
            + ") left running by an earlier launcher: "
            + reason);
    stop(List.of(process));
    deletePidFile(dataDirectory, name);
  }

  private static void stop(List<ProcessHandle> leftovers) {
    leftovers.forEach(ProcessHandle::destroy);
    Instant deadline = Instant.now().plus(GRACE);
    for (ProcessHandle p : leftovers) {
      while (p.isAlive() && Instant.now().isBefore(deadline)) {
        p.onExit().completeOnTimeout(p, 200, TimeUnit.MILLISECONDS).join();
      }
      if (p.isAlive()) {
        p.destroyForcibly();
        p.onExit().completeOnTimeout(p, 5, TimeUnit.SECONDS).join();
      }
    }
  }

  /** From the pid files, and any other process that carries the data directory's marker. */
  static List<ProcessHandle> find(Path dataDirectory) {
    String marker = JavaProcess.marker(dataDirectory);
    Set<ProcessHandle> found = new LinkedHashSet<>(named(dataDirectory).values());
    long self = ProcessHandle.current().pid();
    ProcessHandle.allProcesses()
        .filter(p -> p.pid() != self)
        .filter(p -> carries(p, marker))
        .forEach(found::add);
    return List.copyOf(found);
  }

  /** Live processes carrying the marker, by the name of the pid file that holds their pid. */
  private static Map<String, ProcessHandle> named(Path dataDirectory) {
    String marker = JavaProcess.marker(dataDirectory);
    Map<String, ProcessHandle> named = new LinkedHashMap<>();
    pidFiles(dataDirectory)
        .forEach(
            file ->
                readPid(file)
                    .flatMap(ProcessHandle::of)
                    .filter(p -> carries(p, marker))
                    .ifPresent(p -> named.put(nameOf(file), p)));
    return named;
  }

  private static String nameOf(Path pidFile) {
    String file = pidFile.getFileName().toString();
    return file.substring(0, file.length() - ".pid".length());
  }

  private static boolean carries(ProcessHandle process, String marker) {
    return process.isAlive()
        && process.info().arguments().map(a -> Arrays.asList(a).contains(marker)).orElse(false);
  }

  private static List<Path> pidFiles(Path dataDirectory) {
    Path directory = DataDirectory.pids(dataDirectory);
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".pid")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + directory, e);
    }
  }

  private static Optional<Long> readPid(Path file) {
    try {
      String text = Files.readString(file).trim();
      return text.matches("\\d{1,10}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void deletePidFile(Path dataDirectory, String name) {
    try {
      Files.deleteIfExists(JavaProcess.pidFile(name, dataDirectory));
    } catch (IOException e) {
      // a stale pid file is checked against the command line before anything is killed
    }
  }
}
