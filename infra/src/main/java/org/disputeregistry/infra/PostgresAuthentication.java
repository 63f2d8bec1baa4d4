package org.disputeregistry.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.postgresql.PGConnection;

/**
 * Makes the embedded server ask every connection for its role's password: zonky's initdb trusts
 * every local connection, which would let any role, or anyone on the machine, log in as the
 * superuser. The superuser gets a password of its own (kept with the services' ones) first.
 */
final class PostgresAuthentication {

  static final String HBA =
      """
      # Written by the dispute registry's launcher on every start: every connection proves its
      # role's password (SCRAM). The passwords are kept in the data directory's
      # postgres-roles.properties; the superuser postgres is for the launcher only.
      local   all   all                  scram-sha-256
      host    all   all   127.0.0.1/32   scram-sha-256
      host    all   all   ::1/128        scram-sha-256
      """;

  private static final String INVALID_PASSWORD = "28P01";
  private static final Duration RELOAD_WAIT = Duration.ofSeconds(30);

  private PostgresAuthentication() {}

  /**
   * Sets the superuser's password (a SCRAM verifier computed here, so the text never reaches the
   * server's log) and requires passwords from then on; returns once the server applies that.
   */
  static void requirePasswords(String jdbcUrl, PostgresLogin admin, Path dataDirectory) {
    try (Connection connection =
        DriverManager.getConnection(jdbcUrl, admin.user(), admin.password())) {
      connection
          .unwrap(PGConnection.class)
          .alterUserPassword(admin.user(), admin.password().toCharArray(), "scram-sha-256");
      Path hba = dataDirectory.resolve("pg_hba.conf");
      if (!HBA.equals(Files.readString(hba, StandardCharsets.UTF_8))) {
        Files.writeString(hba, HBA, StandardCharsets.UTF_8);
        reload(connection);
      }
    } catch (SQLException e) {
      if (INVALID_PASSWORD.equals(e.getSQLState())) {
        throw new IllegalStateException(
            "PostgreSQL refused the superuser's password kept in the data directory's "
                + PostgresPasswords.FILE_NAME
                + ": restore that file, or start afresh (--fresh deletes all data)",
            e);
      }
      throw new IllegalStateException("Cannot secure PostgreSQL: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write pg_hba.conf in " + dataDirectory, e);
    }
  }

  /**
   * The postmaster reloads pg_hba.conf on the signal, then signals the backends: once this
   * session's configuration load time moves, new connections get the new rules.
   */
  private static void reload(Connection connection) throws SQLException {
    Timestamp before = loadTime(connection);
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_reload_conf()");
    }
    Instant deadline = Instant.now().plus(RELOAD_WAIT);
    while (!loadTime(connection).after(before)) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("PostgreSQL did not reload pg_hba.conf");
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }

  private static Timestamp loadTime(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_conf_load_time()")) {
      row.next();
      return row.getTimestamp(1);
    }
  }
}
