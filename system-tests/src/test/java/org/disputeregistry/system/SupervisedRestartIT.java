package org.disputeregistry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of each part of the running system: a service, the PostgreSQL postmaster, the launcher
 * itself. The launcher restarts what died (PostgreSQL on the same port), and a second launcher on
 * the same data directory cleans up what the killed one left and starts.
 */
class SupervisedRestartIT {

  private static final Path DATA = Path.of("target", "supervised-restart-it", "data");
  private static final int YEAR = 2019;
  private static final AtomicInteger CASE_NUMBERS = new AtomicInteger();

  @Test
  void restartsAKilledServiceAndPostgresAndRecoversFromAKilledLauncher() throws Exception {
    try (RunningSystem first =
        RunningSystem.start(DATA, Map.of(), "--fresh", "--demo=none").awaitReady()) {
      int postgresPort = port(first.output(), "jdbc:postgresql://[\\w.]+:(\\d+)/registry_commands");
      record(first);
      awaitReceived(first, 1);

      Instant killed = kill9(pidFromFile(DATA.resolve("run/pids/query-service.pid")));
      await("query-service restarted")
          .atMost(Duration.ofMinutes(3))
          .until(() -> first.output().contains("query-service is back"));
      assertThat(first.output()).contains("query-service died (exit code 137)");
      awaitReceived(first, 1);
      report("query-service", killed);

      killed = kill9(pidFromFile(DATA.resolve("postgres/postmaster.pid")));
      await("PostgreSQL restarted")
          .atMost(Duration.ofMinutes(2))
          .until(() -> first.output().contains("PostgreSQL is back"));
      assertThat(Files.readAllLines(DATA.resolve("postgres/postmaster.pid")).get(3).trim())
          .as("PostgreSQL listens on the port the banner printed")
          .isEqualTo(String.valueOf(postgresPort));
      record(first);
      awaitReceived(first, 2);
      report("PostgreSQL (both services serving again)", killed);

      ProcessHandle launcher = first.descendants().get(0).parent().orElseThrow();
      List<ProcessHandle> leftBehind = first.descendants();
      killed = kill9(launcher.pid());
      launcher.onExit().join();
      assertThat(leftBehind)
          .as("children outlive a killed launcher")
          .anyMatch(ProcessHandle::isAlive);

      try (RunningSystem second = RunningSystem.start(DATA, Map.of(), "--demo=none").awaitReady()) {
        assertThat(second.output()).contains("left running on");
        assertThat(leftBehind).noneMatch(ProcessHandle::isAlive);
        assertThat(port(second.output(), "jdbc:postgresql://[\\w.]+:(\\d+)/registry_commands"))
            .as("the JDBC URL printed before stays valid")
            .isEqualTo(postgresPort);
        awaitReceived(second, 2);
        record(second);
        awaitReceived(second, 3);
        report("the launcher (second launcher serving)", killed);
      }
    }
  }

  /** Records a new case, retrying the same request (idempotent) until it is acknowledged. */
  private static void record(RunningSystem system) {
    String body =
        """
        {"caseId":"%s","caseNumber":"光明复〔%d〕%d号","receivedOn":"%d-06-01",
         "channel":"MAIL","street":"YUTANG","community":"CHANGZHEN","category":"HEALTH",
         "respondentAgency":"光明区卫生健康局"}"""
            .formatted(UUID.randomUUID(), YEAR, CASE_NUMBERS.incrementAndGet(), YEAR);
    await("case recorded")
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> system.postCommand("/api/reconsiderations", body).statusCode() / 100 == 2);
  }

  private static void awaitReceived(RunningSystem system, int expected) {
    await("statistics count " + expected + " cases")
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () ->
                JsonPath.<Integer>read(
                        system.getQuery("/api/statistics/reconsideration?year=" + YEAR).body(),
                        "$.figures.received")
                    == expected);
  }

  private static Instant kill9(long pid) throws IOException, InterruptedException {
    Instant now = Instant.now();
    new ProcessBuilder("kill", "-9", String.valueOf(pid)).start().waitFor();
    return now;
  }

  private static long pidFromFile(Path file) throws IOException {
    return Long.parseLong(Files.readAllLines(file).get(0).trim());
  }

  private static void report(String what, Instant killed) {
    System.out.printf(
        "kill -9 of %s: serving again after %.1f s%n",
        what, Duration.between(killed, Instant.now()).toMillis() / 1000.0);
  }

  private static int port(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as("banner shows " + regex + ":\n" + text).isTrue();
    return Integer.parseInt(matcher.group(1));
  }
}
