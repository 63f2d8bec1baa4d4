package org.disputeregistry.campaign;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.stream.IntStream;

/**
 * Ports fixed for the whole campaign (the embedded authorization server's too: not 9000, which a
 * ./run.sh on this machine may hold), so that every launcher start uses the same ones, and the data
 * directory whose password file logs the campaign in to the launcher's PostgreSQL.
 */
record Ports(int command, int query, int postgres, int kafka, int auth, Path dataDirectory) {

  static Ports pickFree(Path dataDirectory) {
    int[] ports = IntStream.generate(Ports::free).distinct().limit(5).toArray();
    return new Ports(ports[0], ports[1], ports[2], ports[3], ports[4], dataDirectory);
  }

  /**
   * As the superuser, whose password the launcher keeps in the data directory (infra's
   * PostgresPasswords; the campaign runs the launcher as a process, without its classes).
   */
  Connection connect(String database) throws SQLException {
    Properties passwords = new Properties();
    try (Reader reader =
        Files.newBufferedReader(dataDirectory.resolve("postgres-roles.properties"))) {
      passwords.load(reader);
    } catch (IOException e) {
      throw new SQLException("No PostgreSQL password yet: " + e, "28P01", e);
    }
    return DriverManager.getConnection(
        jdbcUrl(database), "postgres", passwords.getProperty("postgres.password"));
  }

  private static int free() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String commandUrl() {
    return "http://localhost:" + command;
  }

  String queryUrl() {
    return "http://localhost:" + query;
  }

  /** The embedded authorization server's issuer, as the launcher gives it to the services. */
  String issuer() {
    return "http://localhost:" + auth;
  }

  /** The authorization server's data directory (its keys and client secrets). */
  Path authDirectory() {
    return dataDirectory.resolve("auth");
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:"
        + postgres
        + "/"
        + database
        + "?connectTimeout=5&socketTimeout=60";
  }
}
