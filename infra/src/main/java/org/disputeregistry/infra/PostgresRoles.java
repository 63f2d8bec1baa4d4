package org.disputeregistry.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Least privilege on any PostgreSQL server: a database that belongs to one login role, which is
 * neither superuser nor may create databases or roles, and which no other role (but superusers) may
 * connect to. Safe to run on every start: it also upgrades a database made by an administrator
 * before its owner role existed, handing over what the administrator created in it.
 */
public final class PostgresRoles {

  private static final String DUPLICATE_OBJECT = "42710";
  private static final String DUPLICATE_DATABASE = "42P04";

  /** What a service's role may not do (and, run again, what an older role is stripped of). */
  private static final String LEAST_PRIVILEGE =
      " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";

  /** Relation kinds handed over one by one; indexes and owned sequences follow their tables. */
  private static final String RELATIONS_OWNED_BY_ADMIN =
      """
      SELECT n.nspname, c.relname, c.relkind FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
         AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
         AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
         AND NOT EXISTS (SELECT 1 FROM pg_depend d
                          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                            AND d.deptype IN ('a', 'i'))
      """;

  private static final String SCHEMAS_OWNED_BY_ADMIN =
      """
      SELECT nspname FROM pg_namespace
       WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
         AND nspname <> 'information_schema' AND nspname NOT LIKE 'pg\\_%'
      """;

  private PostgresRoles() {}

  /**
   * Makes {@code owner} a least-privileged login role with its password, the owner of {@code
   * database} (created unless it exists) and the only role that may connect to it. Objects in the
   * database owned by {@code admin} (made before this role existed) become {@code owner}'s.
   *
   * @param anyDatabaseUrl JDBC URL of a database on the server that {@code admin} may connect to
   * @param admin a superuser (or a role with CREATEROLE and CREATEDB that owns the objects)
   * @return true if the database was created now
   */
  public static boolean ensureOwnedDatabase(
      String anyDatabaseUrl, PostgresLogin admin, String database, PostgresLogin owner) {
    PostgresDatabases.requireValidName(database);
    PostgresDatabases.requireValidName(owner.user());
    boolean created;
    try (Connection connection =
        DriverManager.getConnection(anyDatabaseUrl, admin.user(), admin.password())) {
      ensureLoginRole(connection, owner);
      created = ensureDatabaseOwnedBy(connection, database, owner.user());
      execute(connection, "REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
    } catch (SQLException e) {
      throw failure(database, owner, e);
    }
    if (!created) {
      String databaseUrl = PostgresDatabases.withDatabase(anyDatabaseUrl, database);
      try (Connection connection =
          DriverManager.getConnection(databaseUrl, admin.user(), admin.password())) {
        handOverObjects(connection, owner.user());
      } catch (SQLException e) {
        throw failure(database, owner, e);
      }
    }
    return created;
  }

  /**
   * The password goes to the server as a SCRAM verifier computed here, never as text: a failed
   * statement is logged by the server with its SQL, and that must not hold the password.
   */
  private static void ensureLoginRole(Connection connection, PostgresLogin login)
      throws SQLException {
    String role = login.user();
    if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
      try {
        execute(connection, "CREATE ROLE " + role + LEAST_PRIVILEGE);
      } catch (SQLException e) {
        if (!DUPLICATE_OBJECT.equals(e.getSQLState())) {
          throw e;
        }
      }
    }
    execute(connection, "ALTER ROLE " + role + LEAST_PRIVILEGE);
    connection
        .unwrap(PGConnection.class)
        .alterUserPassword(role, login.password().toCharArray(), "scram-sha-256");
  }

  private static boolean ensureDatabaseOwnedBy(Connection connection, String database, String role)
      throws SQLException {
    if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
      try {
        execute(connection, "CREATE DATABASE " + database + " OWNER " + role);
        return true;
      } catch (SQLException e) {
        if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
          throw e;
        }
      }
    }
    // The public schema belongs to pg_database_owner (PostgreSQL 15+): it follows this.
    execute(connection, "ALTER DATABASE " + database + " OWNER TO " + role);
    return false;
  }

  /**
   * REASSIGN OWNED cannot be used: the bootstrap superuser also owns the system catalogs. Schemas
   * and relations are what the services' migrations and rebuilds create.
   */
  private static void handOverObjects(Connection connection, String role) throws SQLException {
    List<String> statements = new ArrayList<>();
    try (Statement query = connection.createStatement()) {
      try (ResultSet schemas = query.executeQuery(SCHEMAS_OWNED_BY_ADMIN)) {
        while (schemas.next()) {
          statements.add("ALTER SCHEMA " + quote(schemas.getString(1)) + " OWNER TO " + role);
        }
      }
      try (ResultSet relations = query.executeQuery(RELATIONS_OWNED_BY_ADMIN)) {
        while (relations.next()) {
          String name = quote(relations.getString(1)) + "." + quote(relations.getString(2));
          statements.add(
              "ALTER " + kind(relations.getString(3)) + " " + name + " OWNER TO " + role);
        }
      }
    }
    for (String statement : statements) {
      execute(connection, statement);
    }
  }

  private static String kind(String relkind) {
    return switch (relkind) {
      case "v" -> "VIEW";
      case "m" -> "MATERIALIZED VIEW";
      case "f" -> "FOREIGN TABLE";
      case "S" -> "SEQUENCE";
      default -> "TABLE";
    };
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private static boolean exists(Connection connection, String sql, String name)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static IllegalStateException failure(
      String database, PostgresLogin owner, SQLException e) {
    return new IllegalStateException(
        "Cannot give database " + database + " to role " + owner.user() + ": " + e.getMessage(), e);
  }
}
