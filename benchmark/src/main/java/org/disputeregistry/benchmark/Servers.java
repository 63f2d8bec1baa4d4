package org.disputeregistry.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disputeregistry.infra.EmbeddedStack;
import org.disputeregistry.infra.StackSettings;

/**
 * The PostgreSQL server and Kafka broker everything is measured on: external ones when {@code
 * REGISTRY_BENCH_POSTGRES_URL} (a database where the user may CREATE DATABASE, e.g. {@code
 * jdbc:postgresql://db:5432/postgres}), {@code REGISTRY_BENCH_POSTGRES_USER}, {@code
 * REGISTRY_BENCH_POSTGRES_PASSWORD} and {@code REGISTRY_BENCH_KAFKA_BOOTSTRAP_SERVERS} are set,
 * otherwise a fresh embedded stack.
 */
final class Servers implements AutoCloseable {

  private final String adminUrl;
  final String user;
  final String password;
  final String kafka;
  private final EmbeddedStack stack;

  private Servers(
      String adminUrl, String user, String password, String kafka, EmbeddedStack stack) {
    this.adminUrl = adminUrl;
    this.user = user;
    this.password = password;
    this.kafka = kafka;
    this.stack = stack;
  }

  static Servers start(Path dataDirectory) {
    String url = System.getenv("REGISTRY_BENCH_POSTGRES_URL");
    if (url != null) {
      return new Servers(
          url,
          System.getenv("REGISTRY_BENCH_POSTGRES_USER"),
          System.getenv("REGISTRY_BENCH_POSTGRES_PASSWORD"),
          System.getenv("REGISTRY_BENCH_KAFKA_BOOTSTRAP_SERVERS"),
          null);
    }
    EmbeddedStack stack = EmbeddedStack.start(StackSettings.of(dataDirectory).withFresh(true));
    stack.ensureDatabase("postgres");
    return new Servers(
        stack.jdbcUrl("postgres"),
        stack.postgresUser(),
        stack.postgresPassword(),
        stack.kafkaBootstrapServers(),
        stack);
  }

  String description() {
    return (stack == null
            ? "external PostgreSQL " + adminUrl + ", Kafka " + kafka
            : "embedded PostgreSQL 17 and KRaft Kafka (infra's EmbeddedStack)")
        + ", PostgreSQL with "
        + String.join(", ", durableSettings());
  }

  /**
   * The settings an acknowledged write needs to survive a crash, as the server reports them.
   *
   * @throws IllegalStateException if one is off: a figure bought by losing acknowledged writes is
   *     no figure
   */
  List<String> durableSettings() {
    List<String> settings = new ArrayList<>();
    try (Connection connection = connect(adminUrl);
        Statement statement = connection.createStatement()) {
      for (String setting : List.of("synchronous_commit", "fsync", "full_page_writes")) {
        try (ResultSet value = statement.executeQuery("SHOW " + setting)) {
          value.next();
          if (value.getString(1).equals("off")) {
            throw new IllegalStateException(
                "PostgreSQL runs with " + setting + "=off: no figure of it counts");
          }
          settings.add(setting + "=" + value.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read PostgreSQL's settings", e);
    }
    return settings;
  }

  /** The embedded PostgreSQL's postmaster, for its CPU time; -1 for an external server. */
  long postgresPid() {
    return stack == null ? -1 : ProcessCpu.postmaster(stack.dataDirectory());
  }

  /** Creates an empty database (dropping one left from an earlier run) and gives its URL. */
  String freshDatabase(String name) {
    try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name, e);
    }
    return adminUrl.replaceFirst("/[^/?]+(\\?.*)?$", "/" + name);
  }

  Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** A service's environment: its database (by variable), the login and Kafka. */
  Map<String, String> environment(String databaseVariable, String databaseUrl) {
    return Map.of(
        databaseVariable,
        databaseUrl,
        "REGISTRY_DB_USER",
        user,
        "REGISTRY_DB_PASSWORD",
        password,
        "REGISTRY_KAFKA_BOOTSTRAP_SERVERS",
        kafka);
  }

  /** The first column of the first row. */
  long queryLong(String database, String sql) throws SQLException {
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  /** Runs the statements in order on one connection. */
  void execute(String database, String... sql) {
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (stack != null) {
      stack.close();
    }
  }
}
