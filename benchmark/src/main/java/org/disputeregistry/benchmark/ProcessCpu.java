package org.disputeregistry.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time of processes from Linux's {@code /proc} (user + system, in clock ticks of 10 ms): what a
 * request costs each component, the service's JVM and its PostgreSQL backends. Zero where {@code
 * /proc} is not there; a figure, never a guard.
 */
final class ProcessCpu {

  private static final long NANOS_PER_TICK = 10_000_000L;

  private ProcessCpu() {}

  /**
   * CPU time the whole machine has spent so far, every core and process together (the services,
   * PostgreSQL's backends and its background writers, the Kafka broker, the suite): user, nice,
   * system, irq and softirq of the first line of {@code /proc/stat} (not idle, I/O wait, or the
   * time the hypervisor gave to others). What a figure takes of the machine, set against what it
   * has: its cores × the wall time.
   */
  static long ofMachine() {
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long ticks = 0;
      for (int field : new int[] {1, 2, 3, 6, 7}) {
        ticks += Long.parseLong(fields[field]);
      }
      return ticks * NANOS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** CPU time of one process so far. */
  static long ofProcess(long pid) {
    return stat(Path.of("/proc", String.valueOf(pid), "stat"))
        .map(fields -> ticks(fields) * NANOS_PER_TICK)
        .orElse(0L);
  }

  /** CPU time so far of the process's JIT compiler threads (HotSpot's "C1/C2 CompilerThread"). */
  static long ofCompilerThreads(long pid) {
    long ticks = 0;
    try (Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
      for (Path thread : (Iterable<Path>) threads::iterator) {
        Optional<List<String>> fields = stat(thread.resolve("stat"));
        if (fields.isPresent() && name(thread).matches("C\\d CompilerThre.*")) {
          ticks += ticks(fields.get());
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return ticks * NANOS_PER_TICK;
  }

  private static String name(Path thread) {
    try {
      return Files.readString(thread.resolve("comm")).strip();
    } catch (IOException gone) {
      return "";
    }
  }

  /**
   * CPU time so far of the live backends of the postmaster {@code rootPid} connected to {@code
   * database} (their process title names it), so that another database's work is not counted.
   */
  static long ofBackends(long rootPid, String database) {
    long ticks = 0;
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process : (Iterable<Path>) processes::iterator) {
        String name = process.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        Optional<List<String>> fields = stat(process.resolve("stat"));
        if (fields.isPresent()
            && Long.parseLong(fields.get().get(1)) == rootPid
            && title(process).contains(" " + database + " ")) {
          ticks += ticks(fields.get());
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return ticks * NANOS_PER_TICK;
  }

  /** The pid in a PostgreSQL data directory's {@code postmaster.pid} under {@code root}, or -1. */
  static long postmaster(Path root) {
    try (Stream<Path> files = Files.walk(root, 6)) {
      Optional<Path> pidFile =
          files.filter(f -> f.getFileName().toString().equals("postmaster.pid")).findFirst();
      return pidFile.isEmpty()
          ? -1
          : Long.parseLong(Files.readAllLines(pidFile.get()).get(0).strip());
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static String title(Path process) {
    try {
      return new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ');
    } catch (IOException gone) {
      return "";
    }
  }

  /** The fields after the command name (which may hold spaces): state, ppid, ... */
  private static Optional<List<String>> stat(Path file) {
    try {
      String line = Files.readString(file);
      return Optional.of(List.of(line.substring(line.lastIndexOf(')') + 2).split(" ")));
    } catch (IOException | RuntimeException gone) {
      return Optional.empty();
    }
  }

  /** utime + stime: fields 14 and 15 of the line, 12 and 13 after the name. */
  private static long ticks(List<String> afterName) {
    return Long.parseLong(afterName.get(11)) + Long.parseLong(afterName.get(12));
  }
}
