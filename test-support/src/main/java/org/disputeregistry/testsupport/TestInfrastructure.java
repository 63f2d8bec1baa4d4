package org.disputeregistry.testsupport;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.disputeregistry.infra.PostgresDatabases;
import org.disputeregistry.infra.PostgresLogin;
import org.disputeregistry.infra.PostgresPasswords;
import org.disputeregistry.infra.PostgresRoles;
import org.disputeregistry.testsupport.InfrastructureChoice.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.DockerClientFactory;

/**
 * One real PostgreSQL and Kafka for all tests of a JVM, started on first use and stopped when the
 * JVM exits, after the Spring contexts that use it (see {@link InfrastructureChoice} for which
 * ones). Tests stay apart by using a new database per Spring context ({@link #newDatabase}) and
 * unique topic names ({@link #uniqueName}).
 */
public final class TestInfrastructure {

  private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
  private static final Object LOCK = new Object();

  /** Below Surefire's 30 s allowance for a test JVM to exit. */
  private static final Duration CONTEXT_CLOSE_WAIT = Duration.ofSeconds(20);

  private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
  private static final String INSUFFICIENT_PRIVILEGE = "42501";
  private static TestInfrastructure instance;

  private final Source source;
  private final Servers servers;

  /** Tells apart names made by JVMs sharing an external server. */
  private final String runId =
      HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);

  private final AtomicLong sequence = new AtomicLong();

  /** False once the server's user turned out not to be allowed to create roles. */
  private volatile boolean ownerRoles = true;

  private final Set<ConfigurableApplicationContext> contexts = ConcurrentHashMap.newKeySet();

  private TestInfrastructure(Source source, Servers servers) {
    this.source = source;
    this.servers = servers;
  }

  /** The JVM's infrastructure, started by the first caller (which waits a few seconds). */
  public static TestInfrastructure get() {
    synchronized (LOCK) {
      if (instance == null) {
        instance = start();
      }
      return instance;
    }
  }

  public Source source() {
    return source;
  }

  public String kafkaBootstrapServers() {
    return servers.kafkaBootstrapServers();
  }

  /**
   * Creates an empty database named after {@code prefix} plus a unique suffix, owned by a new login
   * role of the same name that is not a superuser and may not create databases or roles (unless the
   * server's user may not create roles: then by that user).
   *
   * @param prefix any text; reduced to lower-case letters, digits and '_'
   */
  public TestDatabase newDatabase(String prefix) {
    String name = databaseName(prefix, runId + "_" + sequence.incrementAndGet());
    if (ownerRoles) {
      // Owned by a role of its own that is no superuser, like the services' roles in production:
      // a migration or a rebuild that needs more than owning the database fails here, not there.
      PostgresLogin owner = new PostgresLogin(name, PostgresPasswords.generate());
      try {
        PostgresRoles.ensureOwnedDatabase(
            servers.adminJdbcUrl(),
            new PostgresLogin(servers.user(), servers.password()),
            name,
            owner);
        return new TestDatabase(name, servers.jdbcUrl(name), owner.user(), owner.password());
      } catch (IllegalStateException e) {
        if (!(e.getCause() instanceof SQLException sql)
            || !INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState())) {
          throw e;
        }
        ownerRoles = false;
        log.warn(
            "{} may not create roles: test databases belong to it instead of a role of their own",
            servers.user());
      }
    }
    PostgresDatabases.ensureDatabase(
        servers.adminJdbcUrl(), servers.user(), servers.password(), name);
    return new TestDatabase(name, servers.jdbcUrl(name), servers.user(), servers.password());
  }

  /** {@code prefix} plus a suffix unique on this server, e.g. for a Kafka topic or group id. */
  public String uniqueName(String prefix) {
    return prefix + "-" + runId + "-" + sequence.incrementAndGet();
  }

  static String databaseName(String prefix, String suffix) {
    String cleaned = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
    if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0))) {
      cleaned = "t_" + cleaned;
    }
    int room = 63 - suffix.length() - 1;
    return cleaned.substring(0, Math.min(cleaned.length(), room)) + "_" + suffix;
  }

  private static TestInfrastructure start() {
    InfrastructureChoice choice =
        InfrastructureChoice.choose(
            System.getenv(), () -> DockerClientFactory.instance().isDockerAvailable());
    long begin = System.nanoTime();
    Servers servers;
    try {
      servers =
          switch (choice.source()) {
            case EXTERNAL -> Servers.external(choice.external().orElseThrow());
            case TESTCONTAINERS -> Servers.containers();
            case EMBEDDED -> Servers.embedded();
          };
    } catch (Exception e) {
      throw new IllegalStateException("Test infrastructure (" + choice.source() + ") failed", e);
    }
    log.info(
        "Test infrastructure: {} (PostgreSQL {}, Kafka {}) in {} ms",
        choice.source(),
        servers.adminJdbcUrl(),
        servers.kafkaBootstrapServers(),
        (System.nanoTime() - begin) / 1_000_000);
    TestInfrastructure infrastructure = new TestInfrastructure(choice.source(), servers);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(infrastructure::stopAfterContexts, "test-infrastructure-stop"));
    return infrastructure;
  }

  /** Lets the servers outlive the context: it is closed by its own hook at JVM exit. */
  void stopAfterClosing(ConfigurableApplicationContext context) {
    contexts.add(context);
  }

  /**
   * Runs in a JVM shutdown hook, concurrently with the hooks that close the Spring contexts. The
   * services' Kafka consumers and connection pools close cleanly only while the servers still run,
   * so this waits (bounded) until those contexts are closed.
   */
  private void stopAfterContexts() {
    Instant deadline = Instant.now().plus(CONTEXT_CLOSE_WAIT);
    while (contexts.stream().anyMatch(ConfigurableApplicationContext::isActive)
        && Instant.now().isBefore(deadline)) {
      LockSupport.parkNanos(POLL_INTERVAL.toNanos());
    }
    try {
      servers.close();
    } catch (RuntimeException e) {
      log.warn("Test infrastructure did not stop cleanly", e);
    }
  }
}
