package org.disputeregistry.infra;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Creating databases and naming them in JDBC URLs, for any PostgreSQL server. */
public final class PostgresDatabases {

  /** Plain identifiers only: the name goes into SQL and URLs unquoted elsewhere. */
  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private static final String DUPLICATE_DATABASE = "42P04";

  private PostgresDatabases() {}

  /**
   * Creates the database unless it exists.
   *
   * @param anyDatabaseUrl JDBC URL of any database on the server the user may connect to
   * @return true if this call created it
   */
  public static boolean ensureDatabase(
      String anyDatabaseUrl, String user, String password, String name) {
    requireValidName(name);
    try (Connection connection = DriverManager.getConnection(anyDatabaseUrl, user, password)) {
      try (PreparedStatement exists =
          connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
        exists.setString(1, name);
        try (ResultSet rows = exists.executeQuery()) {
          if (rows.next()) {
            return false;
          }
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("CREATE DATABASE \"" + name + "\"");
        return true;
      }
    } catch (SQLException e) {
      if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
        return false; // created concurrently by someone else: that is what we wanted
      }
      throw new IllegalStateException("Cannot create database " + name + ": " + e.getMessage(), e);
    }
  }

  /** The same JDBC URL (host, port, parameters) naming another database. */
  public static String withDatabase(String jdbcUrl, String database) {
    requireValidName(database);
    String prefix = "jdbc:";
    if (!jdbcUrl.startsWith(prefix + "postgresql:")) {
      throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
    }
    URI uri = URI.create(jdbcUrl.substring(prefix.length()));
    if (uri.getRawAuthority() == null) {
      throw new IllegalArgumentException("JDBC URL without host: " + jdbcUrl);
    }
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return prefix + uri.getScheme() + "://" + uri.getRawAuthority() + "/" + database + query;
  }

  static void requireValidName(String name) {
    if (name == null || !DATABASE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Database names here are lower-case letters, digits and '_', at most 63: " + name);
    }
  }
}
