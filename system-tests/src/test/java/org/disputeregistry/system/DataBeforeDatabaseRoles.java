package org.disputeregistry.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;
import org.disputeregistry.infra.DataDirectory;
import org.disputeregistry.infra.EmbeddedStack;
import org.disputeregistry.infra.LocalPostgres;
import org.disputeregistry.infra.PostgresPasswords;
import org.disputeregistry.infra.StackSettings;

/**
 * Turns a stopped launcher's data directory back into what launchers made before each service had a
 * role of its own: every database and object owned by the superuser, open to every role, no
 * passwords (the server trusted every local connection).
 */
final class DataBeforeDatabaseRoles {

  private static final Map<String, String> DATABASES =
      Map.of("registry_commands", "registry_command", "registry_queries", "registry_query");

  /** zonky's initdb -A trust, as the data directories of the earlier launchers have it. */
  private static final String TRUSTING_HBA =
      """
      local all all trust
      host all all 127.0.0.1/32 trust
      host all all ::1/128 trust
      """;

  private DataBeforeDatabaseRoles() {}

  static void restore(Path root) throws SQLException, IOException {
    try (LocalPostgres postgres = EmbeddedStack.startPostgres(StackSettings.of(root))) {
      for (Map.Entry<String, String> database : DATABASES.entrySet()) {
        execute(
            postgres,
            database.getKey(),
            "REASSIGN OWNED BY " + database.getValue() + " TO postgres",
            "DROP OWNED BY " + database.getValue());
      }
      execute(
          postgres,
          "postgres",
          "GRANT CONNECT, TEMPORARY ON DATABASE registry_commands TO PUBLIC",
          "GRANT CONNECT, TEMPORARY ON DATABASE registry_queries TO PUBLIC",
          "DROP ROLE registry_command",
          "DROP ROLE registry_query",
          "ALTER ROLE postgres PASSWORD NULL");
      Files.writeString(DataDirectory.postgresData(root).resolve("pg_hba.conf"), TRUSTING_HBA);
    }
    Files.delete(PostgresPasswords.file(root));
  }

  /** Every file under the data directory's logs, concatenated. */
  static String logs(Path root) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.walk(DataDirectory.logs(root))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        text.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }

  private static void execute(LocalPostgres postgres, String database, String... statements)
      throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                postgres.jdbcUrl(database), postgres.admin().user(), postgres.admin().password());
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }
}
