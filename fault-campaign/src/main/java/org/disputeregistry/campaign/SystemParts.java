package org.disputeregistry.campaign;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the processes of the running system by matching command lines, so that the campaign does
 * not depend on how the launcher names or numbers them: the launcher's process tree, and processes
 * that name our data directory (PostgreSQL's pg_ctl detaches the postmaster from its parent).
 */
final class SystemParts {

  private final Path commandJar;
  private final Path queryJar;
  private final Path dataDirectory;

  SystemParts(Path commandJar, Path queryJar, Path dataDirectory) {
    this.commandJar = commandJar;
    this.queryJar = queryJar;
    this.dataDirectory = dataDirectory;
  }

  /** The live processes of that kind under the launcher (several with --instances or brokers). */
  List<ProcessHandle> find(FaultKind kind, ProcessHandle launcher) {
    if (kind == FaultKind.LAUNCHER) {
      return launcher.isAlive() ? List.of(launcher) : List.of();
    }
    return all(launcher).filter(p -> is(kind, p)).toList();
  }

  /** Every process of the system, whatever its kind. */
  Stream<ProcessHandle> all(ProcessHandle launcher) {
    return Stream.concat(
            launcher.descendants(),
            ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> commandLine(p).contains(dataDirectory.toString())))
        .distinct();
  }

  boolean is(FaultKind kind, ProcessHandle process) {
    String line = commandLine(process);
    return switch (kind) {
      case COMMAND_SERVICE -> runsJar(line, commandJar);
      case QUERY_SERVICE -> runsJar(line, queryJar);
      case POSTGRES -> isPostmaster(process, line);
      case KAFKA_BROKER -> isKafkaBroker(line);
      case LAUNCHER -> false;
    };
  }

  /**
   * The postmaster runs the {@code postgres} binary with {@code -D} on our data directory; its
   * backends rename themselves ("postgres: ..."), and a wrapper (unshare) is not the binary.
   */
  private boolean isPostmaster(ProcessHandle process, String line) {
    String binary = line.split(" ", 2)[0];
    return (binary.equals("postgres") || binary.endsWith("/postgres"))
        && line.contains(" -D ")
        && line.contains(dataDirectory.toString())
        && process.parent().map(parent -> !isPostmaster(parent, commandLine(parent))).orElse(true);
  }

  /** A broker JVM: Kafka's own main class, or a launcher class that names itself a broker. */
  private boolean isKafkaBroker(String line) {
    return isJava(line)
        && !runsJar(line, commandJar)
        && !runsJar(line, queryJar)
        && Stream.of(" kafka.Kafka ", " kafka.Kafka", "KafkaBroker", "kafka.server")
            .anyMatch(line::contains);
  }

  /** {@code java ... -jar .../that.jar}: the launcher only names the jar in an option. */
  private static boolean runsJar(String line, Path jar) {
    return isJava(line)
        && Pattern.compile("\\s-jar\\s+\\S*" + Pattern.quote(jar.getFileName().toString()))
            .matcher(line)
            .find();
  }

  private static boolean isJava(String line) {
    String binary = line.split(" ", 2)[0];
    return binary.equals("java") || binary.endsWith("/java");
  }

  static String commandLine(ProcessHandle process) {
    ProcessHandle.Info info = process.info();
    Optional<String> line = info.commandLine();
    return line.orElseGet(() -> info.command().orElse(""));
  }
}
