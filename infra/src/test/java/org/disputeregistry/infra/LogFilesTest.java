package org.disputeregistry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

  @TempDir Path logs;

  @Test
  void aSmallLogIsKeptForAppending() throws Exception {
    Path log = logs.resolve("command-service.log");
    Files.writeString(log, "the crash\n");

    LogFiles.prepareForAppend(log);

    assertThat(log).hasContent("the crash");
  }

  @Test
  void aLargeLogIsRotatedKeepingAFew() throws Exception {
    Path log = logs.resolve("query-service.log");
    for (int generation = 1; generation <= LogFiles.KEPT + 1; generation++) {
      Files.writeString(log, "generation " + generation + "\n");
      Files.write(log, new byte[(int) LogFiles.MAX_BYTES], StandardOpenOption.APPEND);
      LogFiles.prepareForAppend(log);
    }

    assertThat(log).doesNotExist();
    assertThat(Files.readAllLines(LogFiles.numbered(log, 1)).get(0)).isEqualTo("generation 4");
    assertThat(Files.readAllLines(LogFiles.numbered(log, LogFiles.KEPT)).get(0))
        .isEqualTo("generation 2");
    assertThat(LogFiles.numbered(log, LogFiles.KEPT + 1)).doesNotExist();
  }
}
