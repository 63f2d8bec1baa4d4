package org.disputeregistry.infra;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The service and broker JVMs that an earlier launcher on the same data directory left running when
 * it was killed without its shutdown hook. Only processes whose command line names this data
 * directory ({@link JavaProcess#marker}) are stopped: a pid in a stale pid file may belong to
 * someone else by now. (A left-over PostgreSQL is {@link LocalPostgres}'s business.)
 */
final class LeftoverProcesses {

  private static final Duration GRACE = Duration.ofSeconds(15);

  private LeftoverProcesses() {}

  /** Stops them (SIGTERM, then SIGKILL after a grace period) and says so; returns how many. */
  static int stop(Path dataDirectory, PrintStream out) {
    List<ProcessHandle> leftovers = find(dataDirectory);
    if (leftovers.isEmpty()) {
      return 0;
    }
    out.println(
        "Stopping "
            + leftovers.size()
            + " process(es) left running on "
            + dataDirectory
            + " by an earlier run (pids "
            + leftovers.stream().map(p -> String.valueOf(p.pid())).toList()
            + ")");
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
    deletePidFiles(dataDirectory);
    return leftovers.size();
  }

  /** From the pid files, and any other process that carries the data directory's marker. */
  static List<ProcessHandle> find(Path dataDirectory) {
    String marker = JavaProcess.marker(dataDirectory);
    Set<ProcessHandle> found = new LinkedHashSet<>();
    pidsFromFiles(dataDirectory).stream()
        .map(ProcessHandle::of)
        .flatMap(Optional::stream)
        .filter(p -> carries(p, marker))
        .forEach(found::add);
    long self = ProcessHandle.current().pid();
    ProcessHandle.allProcesses()
        .filter(p -> p.pid() != self)
        .filter(p -> carries(p, marker))
        .forEach(found::add);
    return List.copyOf(found);
  }

  private static boolean carries(ProcessHandle process, String marker) {
    return process.isAlive()
        && process.info().arguments().map(a -> Arrays.asList(a).contains(marker)).orElse(false);
  }

  private static List<Long> pidsFromFiles(Path dataDirectory) {
    Path directory = DataDirectory.pids(dataDirectory);
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".pid"))
          .map(LeftoverProcesses::readPid)
          .flatMap(Optional::stream)
          .toList();
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

  private static void deletePidFiles(Path dataDirectory) {
    DataDirectory.deleteRecursively(DataDirectory.pids(dataDirectory));
  }
}
