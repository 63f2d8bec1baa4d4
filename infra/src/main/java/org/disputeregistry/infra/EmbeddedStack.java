package org.disputeregistry.infra;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server (a child process) and a real Kafka node (in this JVM), both keeping
 * their data under one directory so that the next start finds it again.
 *
 * <pre>{@code
 * try (EmbeddedStack stack = EmbeddedStack.start(StackSettings.of(Path.of(".data")))) {
 *   stack.ensureDatabase("registry_commands");
 *   String url = stack.jdbcUrl("registry_commands");
 *   String kafka = stack.kafkaBootstrapServers();
 * }
 * }</pre>
 */
public final class EmbeddedStack implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedStack.class);

  private final StackSettings settings;
  private final LocalPostgres postgres;
  private final LocalKafka kafka;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedStack(StackSettings settings, LocalPostgres postgres, LocalKafka kafka) {
    this.settings = settings;
    this.postgres = postgres;
    this.kafka = kafka;
  }

  /** Starts PostgreSQL, then Kafka; if Kafka fails, PostgreSQL is stopped again. */
  public static EmbeddedStack start(StackSettings settings) {
    Path root = settings.dataDirectory();
    DataDirectory.prepare(root, settings.fresh());
    LocalPostgres postgres = startPostgres(settings);
    try {
      LocalKafka kafka =
          LocalKafka.start(
              DataDirectory.kafkaLogs(root), FreePorts.pickIfZero(settings.kafkaPort()));
      return new EmbeddedStack(settings, postgres, kafka);
    } catch (RuntimeException e) {
      postgres.close();
      throw e;
    }
  }

  public static LocalPostgres startPostgres(StackSettings settings) {
    Path root = settings.dataDirectory();
    return LocalPostgres.start(
        DataDirectory.postgresData(root),
        settings.postgresBinariesDirectory(),
        root.resolve("run"),
        FreePorts.pickIfZero(settings.postgresPort()),
        DataDirectory.logs(root).resolve("postgres.log"),
        PostgresPasswords.of(root).login(LocalPostgres.USER));
  }

  public Path dataDirectory() {
    return settings.dataDirectory();
  }

  public String postgresHost() {
    return "localhost";
  }

  public int postgresPort() {
    return postgres.port();
  }

  public String postgresUser() {
    return LocalPostgres.USER;
  }

  /** The superuser's password, kept in the data directory (see {@link PostgresPasswords}). */
  public String postgresPassword() {
    return postgres.admin().password();
  }

  /** {@code jdbc:postgresql://localhost:<port>/<database>}; the database need not exist yet. */
  public String jdbcUrl(String database) {
    return postgres.jdbcUrl(database);
  }

  /** Creates the database unless it exists; true if it was created now. */
  public boolean ensureDatabase(String name) {
    return postgres.ensureDatabase(name);
  }

  public String kafkaBootstrapServers() {
    return kafka.bootstrapServers();
  }

  public int kafkaPort() {
    return kafka.port();
  }

  /** Stops Kafka (controlled shutdown), then PostgreSQL. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      kafka.close();
    } catch (RuntimeException e) {
      log.error("Kafka did not stop cleanly; stopping PostgreSQL anyway", e);
    } finally {
      postgres.close();
    }
  }
}
