package org.disputeregistry.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule by which a new launcher takes over a process that its killed predecessor left running,
 * instead of stopping it and starting another: the process must be exactly what this launcher would
 * start. Same command line (java binary, data directory marker, JVM options, jar or main class and
 * arguments), the same value of every environment variable the process reads, and code not rebuilt
 * since it started. Whether it is also healthy is checked by the part itself.
 */
final class Adoption {

  /**
   * Variables that configure a service or broker: the ones the launcher sets (REGISTRY_*, SERVER_*)
   * and the ones Spring, Axon, Kafka or the JVM read. Others (TERM, SHLVL, ...) differ between
   * shells and change nothing.
   */
  private static final List<String> RELEVANT_PREFIXES =
      List.of(
          "REGISTRY_",
          "SERVER_",
          "SPRING_",
          "AXON_",
          "MANAGEMENT_",
          "LOGGING_",
          "KAFKA_",
          "JAVA_TOOL_OPTIONS",
          "JDK_JAVA_OPTIONS",
          "_JAVA_OPTIONS");

  private Adoption() {}

  /** How a running process was started, as the operating system tells it. */
  record Launched(List<String> commandLine, Map<String, String> environment, Instant started) {

    /** Empty if the process is gone or not readable. */
    static Optional<Launched> of(ProcessHandle process) {
      ProcessHandle.Info info = process.info();
      if (info.command().isEmpty() || info.startInstant().isEmpty()) {
        return Optional.empty();
      }
      List<String> commandLine = new ArrayList<>(List.of(info.command().get()));
      info.arguments().ifPresent(a -> commandLine.addAll(Arrays.asList(a)));
      try {
        return Optional.of(
            new Launched(
                List.copyOf(commandLine), environment(process.pid()), info.startInstant().get()));
      } catch (UncheckedIOException e) {
        return Optional.empty();
      }
    }

    private static Map<String, String> environment(long pid) {
      try {
        byte[] bytes = Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "environ"));
        Map<String, String> environment = new HashMap<>();
        for (String entry : new String(bytes, StandardCharsets.UTF_8).split("\0")) {
          int equals = entry.indexOf('=');
          if (equals > 0) {
            environment.put(entry.substring(0, equals), entry.substring(equals + 1));
          }
        }
        return environment;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The environment a child gets: this launcher's own, with the part's variables on top. */
  static Map<String, String> childEnvironment(Map<String, String> partVariables) {
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.putAll(partVariables);
    return environment;
  }

  /**
   * Why {@code running} is not what this launcher would start, or empty if it is.
   *
   * @param code the files holding its code (a jar): rebuilt after it started means new code
   */
  static Optional<String> mismatch(
      List<String> commandLine,
      Map<String, String> environment,
      List<Path> code,
      Launched running) {
    List<String> actual = running.commandLine();
    if (actual.isEmpty()
        || !sameFile(commandLine.get(0), actual.get(0))
        || !commandLine.subList(1, commandLine.size()).equals(actual.subList(1, actual.size()))) {
      return Optional.of("another command line");
    }
    Set<String> names = new TreeSet<>(environment.keySet());
    names.addAll(running.environment().keySet());
    for (String name : names) {
      if (isRelevant(name)
          && !Objects.equals(environment.get(name), running.environment().get(name))) {
        return Optional.of("another value of " + name);
      }
    }
    for (Path file : code) {
      if (modified(file).isAfter(running.started())) {
        return Optional.of(file.getFileName() + " was rebuilt after it started");
      }
    }
    return Optional.empty();
  }

  /** The operating system names a process's program by its real path, without links. */
  private static boolean sameFile(String expected, String actual) {
    try {
      return expected.equals(actual) || Path.of(expected).toRealPath().equals(Path.of(actual));
    } catch (IOException e) {
      return false;
    }
  }

  static boolean isRelevant(String variable) {
    return RELEVANT_PREFIXES.stream().anyMatch(variable::startsWith);
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.MAX; // gone: whatever runs is not what would start now
    }
  }
}
