package org.disputeregistry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresPasswordsTest {

  @TempDir Path root;

  @Test
  void generatesEachRolesPasswordOnceAndKeepsItOwnerOnly() throws Exception {
    PostgresLogin command = PostgresPasswords.of(root).login("registry_command");
    PostgresLogin query = PostgresPasswords.of(root).login("registry_query");

    assertThat(command.password()).hasSizeGreaterThanOrEqualTo(40).matches("[A-Za-z0-9_-]+");
    assertThat(query.password()).isNotEqualTo(command.password());
    assertThat(PostgresPasswords.of(root).login("registry_command")).isEqualTo(command);
    Path file = PostgresPasswords.file(root);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(file)).contains(command.password(), query.password());
  }

  @Test
  void tightensAFileCopiedInWithLooserPermissions() throws Exception {
    PostgresPasswords.of(root).login("registry_command");
    Path file = PostgresPasswords.file(root);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    PostgresPasswords.of(root).login("registry_command");

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void neverShowsThePasswordInToString() {
    assertThat(new PostgresLogin("r", "s3cret-value").toString()).doesNotContain("s3cret-value");
  }
}
