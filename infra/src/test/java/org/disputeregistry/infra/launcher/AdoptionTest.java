package org.disputeregistry.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdoptionTest {

  private static final Instant STARTED = Instant.parse("2026-12-04T20:00:00Z");
  private static final List<String> COMMAND =
      List.of("/jdk/bin/java", "-Dregistry.data-dir=/data", "-Xmx512m", "-jar", "/app.jar");
  private static final Map<String, String> ENVIRONMENT =
      Map.of("SERVER_PORT", "8081", "REGISTRY_KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");

  @TempDir Path directory;

  @Test
  void adoptsExactlyWhatWouldStart() throws IOException {
    Path jar = jarBuilt(STARTED.minusSeconds(60));

    assertThat(Adoption.mismatch(COMMAND, ENVIRONMENT, List.of(jar), running(COMMAND, ENVIRONMENT)))
        .isEmpty();
  }

  @Test
  void anotherCommandLineIsNotAdopted() throws IOException {
    List<String> otherHeap =
        List.of("/jdk/bin/java", "-Dregistry.data-dir=/data", "-Xmx256m", "-jar", "/app.jar");

    assertThat(Adoption.mismatch(COMMAND, ENVIRONMENT, List.of(), running(otherHeap, ENVIRONMENT)))
        .contains("another command line");
  }

  @Test
  void anotherValueOfAVariableItReadsIsNotAdopted() {
    Map<String, String> otherPort = new HashMap<>(ENVIRONMENT);
    otherPort.put("SERVER_PORT", "8083");

    assertThat(Adoption.mismatch(COMMAND, ENVIRONMENT, List.of(), running(COMMAND, otherPort)))
        .contains("another value of SERVER_PORT");
  }

  @Test
  void aVariableItReadsThatOnlyOneSideHasIsAMismatch() {
    Map<String, String> withReplicas = new HashMap<>(ENVIRONMENT);
    withReplicas.put("REGISTRY_KAFKA_REPLICATION_FACTOR", "3");

    assertThat(Adoption.mismatch(COMMAND, ENVIRONMENT, List.of(), running(COMMAND, withReplicas)))
        .contains("another value of REGISTRY_KAFKA_REPLICATION_FACTOR");
  }

  @Test
  void variablesOfTheShellDoNotMatter() {
    Map<String, String> otherShell = new HashMap<>(ENVIRONMENT);
    otherShell.put("TERM", "xterm");
    otherShell.put("SHLVL", "3");

    assertThat(Adoption.mismatch(COMMAND, ENVIRONMENT, List.of(), running(COMMAND, otherShell)))
        .isEmpty();
  }

  @Test
  void codeRebuiltAfterItStartedIsNotAdopted() throws IOException {
    Path jar = jarBuilt(STARTED.plusSeconds(60));

    assertThat(Adoption.mismatch(COMMAND, ENVIRONMENT, List.of(jar), running(COMMAND, ENVIRONMENT)))
        .contains("app.jar was rebuilt after it started");
  }

  @Test
  void codeThatIsGoneIsNotAdopted() {
    Path missing = directory.resolve("app.jar");

    assertThat(
            Adoption.mismatch(
                COMMAND, ENVIRONMENT, List.of(missing), running(COMMAND, ENVIRONMENT)))
        .isPresent();
  }

  @Test
  void readsHowALiveProcessWasStarted() {
    Adoption.Launched self = Adoption.Launched.of(ProcessHandle.current()).orElseThrow();

    assertThat(self.commandLine().get(0)).endsWith("java");
    assertThat(self.environment()).containsEntry("PATH", System.getenv("PATH"));
  }

  private Path jarBuilt(Instant at) throws IOException {
    Path jar = Files.writeString(directory.resolve("app.jar"), "jar");
    Files.setLastModifiedTime(jar, FileTime.from(at));
    return jar;
  }

  private static Adoption.Launched running(List<String> command, Map<String, String> environment) {
    return new Adoption.Launched(command, environment, STARTED);
  }
}
