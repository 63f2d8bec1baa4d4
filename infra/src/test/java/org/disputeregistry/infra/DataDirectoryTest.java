package org.disputeregistry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

  @TempDir Path temp;

  @Test
  void marksANewDirectoryAsOurs() {
    Path root = temp.resolve("data");

    DataDirectory.prepare(root, false);

    assertThat(root.resolve(DataDirectory.MARKER)).exists();
    assertThat(DataDirectory.logs(root)).isDirectory();
  }

  @Test
  void refusesToUseOrWipeADirectoryThatIsNotOurs() throws Exception {
    Files.writeString(temp.resolve("thesis.tex"), "precious");

    assertThatThrownBy(() -> DataDirectory.prepare(temp, true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not created by the registry");
    assertThat(temp.resolve("thesis.tex")).exists();
  }

  @Test
  void freshWipesDataButKeepsUnpackedBinaries() throws Exception {
    Path root = temp.resolve("data");
    DataDirectory.prepare(root, false);
    Files.createDirectories(DataDirectory.postgresData(root));
    Files.writeString(DataDirectory.postgresData(root).resolve("PG_VERSION"), "17");
    Path binaries = DataDirectory.defaultBinariesDirectory(root);
    Files.createDirectories(binaries);
    Files.writeString(binaries.resolve("bin"), "x");

    DataDirectory.prepare(root, true);

    assertThat(DataDirectory.postgresData(root)).doesNotExist();
    assertThat(binaries.resolve("bin")).exists();
    assertThat(root.resolve(DataDirectory.MARKER)).exists();
  }
}
