package org.disputeregistry.query.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.disputeregistry.testsupport.TestDatabase;
import org.disputeregistry.testsupport.TestInfrastructure;

/**
 * The packaged query-service jar as a process of its own, configured the way an operator would:
 * environment variables. Failsafe runs after {@code package}, so the jar is in {@code target/}.
 */
public final class QueryServiceProcess implements AutoCloseable {

  private final Process process;
  private final Path log;

  private QueryServiceProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  public static QueryServiceProcess start(
      String name, TestDatabase database, String topic, String group, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx192m", "-XX:TieredStopAtLevel=1", "-jar", jar().toString()));
    command.add("--registry.kafka.topic=" + topic);
    command.add("--spring.kafka.consumer.group-id=" + group);
    command.addAll(List.of(arguments));
    Path log = Path.of("target", name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    builder.environment().put("REGISTRY_QUERY_DB_URL", database.jdbcUrl());
    builder.environment().put("REGISTRY_DB_USER", database.user());
    builder.environment().put("REGISTRY_DB_PASSWORD", database.password());
    builder
        .environment()
        .put("REGISTRY_KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.get().kafkaBootstrapServers());
    builder.environment().put("SERVER_PORT", "0");
    try {
      return new QueryServiceProcess(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for the process to end by itself; a bound for a hung process, not a timed assertion. */
  public int exitStatus() throws InterruptedException {
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      throw new IllegalStateException("Still running; see " + log);
    }
    return process.exitValue();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  /** SIGTERM, as an operator stops it. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
  }

  private static Path jar() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files
          .filter(f -> f.getFileName().toString().matches("query-service-.*-exec\\.jar"))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "No query-service exec jar in target"
                          + File.separator
                          + ": run the ITs through Maven (mvn verify), after package"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
