package org.disputeregistry.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.disputeregistry.testsupport.ServiceProcess;
import org.disputeregistry.testsupport.ServiceProcessBuilder;

/**
 * What every scenario works on: the servers, the command-service and query-service under test (run
 * as their jars ship, {@code -Xmx512m}, the heap budget), the raw baselines, the cases to send and
 * the results.
 */
final class Bench {

  /** The topic the services under test share. */
  static final String TOPIC = "registry.case-events";

  static final int PARTITIONS = 6;

  /** The database of the commands' Spring Boot baseline. */
  static final String BASELINE_DB = "bench_baseline";

  private static final Duration HEALTH_BOUND = Duration.ofMinutes(3);

  final Sizes sizes;
  final Servers servers;
  final Kafka kafka;
  final Raw raw;
  final Results results = new Results();
  final Cases cases = new Cases();
  final Recordings recordings;
  final String commandDb;
  final String queryDb;
  private final Path output;
  private final Path commandJar;
  private final Path queryJar;

  /**
   * A second query-service jar to catch up beside the first on the same topic ({@code
   * bench.pairQueryJar}, projections phase only), or null.
   */
  final Path pairQueryJar;

  private final Path baselineJar;

  /** The command-service under test; the relay scenario replaces it. */
  ServiceProcess command;

  ServiceProcess query;

  Bench(Sizes sizes, Servers servers, Path output) {
    this.sizes = sizes;
    this.servers = servers;
    this.output = output;
    this.kafka = new Kafka(servers.kafka);
    this.raw = new Raw(servers, kafka);
    this.recordings = new Recordings(output);
    // Copies, so that a build during the run cannot change what is measured.
    this.commandJar = copy(Path.of(System.getProperty("command.jar")), output);
    this.queryJar = copy(Path.of(System.getProperty("query.jar")), output);
    this.baselineJar = copy(Path.of(System.getProperty("baseline.jar")), output);
    String pair = System.getProperty("bench.pairQueryJar");
    this.pairQueryJar = pair == null ? null : copy(Path.of(pair), output.resolve("pair"));
    this.commandDb = servers.freshDatabase("registry_commands");
    this.queryDb = servers.freshDatabase("registry_queries");
  }

  ServiceProcess startCommand(String name, String topic, List<String> jvmOptions) {
    return start(
        name,
        ServiceProcess.of(commandJar)
            .jvmOptions(jvmOptions)
            .environment(servers.environment("REGISTRY_COMMAND_DB_URL", commandDb))
            .arguments("--registry.kafka.topic=" + topic));
  }

  ServiceProcess startQuery(String name, String database, String group, List<String> jvmOptions) {
    return startQuery(queryJar, name, database, group, jvmOptions);
  }

  ServiceProcess startQuery(
      Path jar, String name, String database, String group, List<String> jvmOptions) {
    return start(
        name,
        ServiceProcess.of(jar)
            .jvmOptions(jvmOptions)
            .environment(servers.environment("REGISTRY_QUERY_DB_URL", database))
            .arguments("--spring.kafka.consumer.group-id=" + group));
  }

  /** The commands' Spring Boot baseline (module benchmark-baseline), on a database of its own. */
  ServiceProcess startBaseline(int rowBytes) {
    String database = servers.freshDatabase(BASELINE_DB);
    return primed(
        ServiceProcess.of(baselineJar)
            .name("benchmark-baseline")
            .heap("512m")
            .log(output.resolve("benchmark-baseline.log"))
            .stopWithThisJvm()
            .environment(servers.environment("REGISTRY_BASELINE_DB_URL", database))
            .arguments("--baseline.row-bytes=" + rowBytes)
            .start()
            .awaitHealthy(HEALTH_BOUND));
  }

  private ServiceProcess start(String name, ServiceProcessBuilder service) {
    return primed(
        service
            .name(name)
            .heap("512m")
            .log(output.resolve(name + ".log"))
            .stopWithThisJvm()
            .start()
            .awaitHealthy(HEALTH_BOUND)
            .pollHeap(Duration.ofMillis(500)));
  }

  private ServiceProcess primed(ServiceProcess service) {
    recordings.prime(service);
    return service;
  }

  /** Stops a service, its peak heap counted for its role. */
  void stop(ServiceProcess service) {
    if (service != null) {
      String role = service.name().startsWith("command") ? "command-service" : service.name();
      results.peakHeap(role, service.peakHeapBytes());
      service.close();
    }
  }

  /** The projection's committed position over all partitions (0 before its schema exists). */
  long projectedOffsets(String database) {
    try (Connection connection = servers.connect(database)) {
      return projectedOffsets(connection);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** As {@link #projectedOffsets(String)}, on an open connection (autocommit). */
  static long projectedOffsets(Connection connection) {
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT coalesce(sum(next_offset), 0) FROM projection_offset WHERE topic = '"
                    + TOPIC
                    + "'")) {
      result.next();
      return result.getLong(1);
    } catch (SQLException schemaNotYetCreated) {
      return 0;
    }
  }

  void awaitProjected(String database, String what, long events, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (projectedOffsets(database) < events) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(what + " did not project " + events + " events in time");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }
  }

  void awaitTopicSize(String topic, long events, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (kafka.size(topic) < events) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(topic + " did not reach " + events + " records in time");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }
  }

  /** The average stored event's size: the raw baselines write rows this large. */
  int averageStoredEventBytes() throws SQLException {
    return (int)
        servers.queryLong(
            commandDb,
            "SELECT avg(octet_length(payload) + coalesce(octet_length(metadata), 0))::bigint"
                + " FROM domainevententry");
  }

  private static Path copy(Path jar, Path directory) {
    try {
      Path copy = directory.resolve("jars").resolve(jar.getFileName());
      Files.createDirectories(copy.getParent());
      return Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
