package org.disputeregistry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of each part of the running system: a service, the PostgreSQL postmaster, the launcher
 * itself. The launcher restarts what died (PostgreSQL on the same port); a second launcher on the
 * same data directory adopts what the killed one left running (the same processes serve on, writes
 * never stop), and a third replaces a leftover that is not what it would start.
 */
class SupervisedRestartIT {

  private static final Path DATA = Path.of("target", "supervised-restart-it", "data");
  private static final int YEAR = 2022;
  private static final AtomicInteger CASE_NUMBERS = new AtomicInteger();

  @Test
  void restartsAKilledServiceAndPostgresAndAdoptsWhatAKilledLauncherLeft() throws Exception {
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
      Map<String, Long> pids = pids();
      int recorded = 2;
      try (Writer writer = Writer.start(first)) {
        killed = kill9(launcher.pid());
        launcher.onExit().join();
        assertThat(leftBehind)
            .as("children outlive a killed launcher")
            .anyMatch(ProcessHandle::isAlive);

        try (RunningSystem second =
            RunningSystem.start(DATA, Map.of(), first.commandPort, first.queryPort, "--demo=none")
                .awaitReady()) {
          report("the launcher (second launcher serving)", killed);
          for (Map.Entry<String, Long> part : pids.entrySet()) {
            assertThat(second.output())
                .as("the second launcher adopts " + part.getKey())
                .contains(
                    "Adopted "
                        + part.getKey()
                        + " (pid "
                        + part.getValue()
                        + ") left running by an earlier launcher");
          }
          assertThat(second.output()).doesNotContain("Starting command-service");
          assertThat(pids()).as("the same processes, in the pid files").isEqualTo(pids);
          assertThat(port(second.output(), "jdbc:postgresql://[\\w.]+:(\\d+)/registry_commands"))
              .as("the JDBC URL printed before stays valid")
              .isEqualTo(postgresPort);
          writer.awaitMore(3);
          recorded += writer.stop();
          System.out.printf(
              "kill -9 of the launcher: longest wait for an acknowledged write %.1f s%n",
              writer.longestGap().toMillis() / 1000.0);
          assertThat(writer.longestGap())
              .as("writes go on while the launcher is replaced")
              .isLessThan(Duration.ofSeconds(5));
          awaitReceived(second, recorded);

          // A leftover that is not what the next launcher would start is replaced: here the
          // query-service's code was rebuilt after it started, and the command-service does not
          // answer (stopped with SIGSTOP).
          kill9(second.launcherPid());
          ProcessHandle.of(second.launcherPid()).ifPresent(p -> p.onExit().join());
          Path queryJar = Path.of(System.getProperty("query.jar"));
          Files.setLastModifiedTime(queryJar, FileTime.from(Instant.now()));
          signal("STOP", pids.get("command-service"));
          try (RunningSystem third =
              RunningSystem.start(DATA, Map.of(), first.commandPort, first.queryPort, "--demo=none")
                  .awaitReady()) {
            assertThat(third.output())
                .contains("Adopted kafka-1 (pid " + pids.get("kafka-1") + ")")
                .contains("Adopted PostgreSQL (pid " + pids.get("PostgreSQL") + ")")
                .contains(
                    "Stopping command-service (pid "
                        + pids.get("command-service")
                        + ") left running by an earlier launcher: its health endpoint does not"
                        + " say UP")
                .contains(
                    "Stopping query-service (pid "
                        + pids.get("query-service")
                        + ") left running by an earlier launcher: "
                        + queryJar.getFileName()
                        + " was rebuilt after it started")
                .contains("Starting query-service");
            assertThat(pids().get("query-service")).isNotEqualTo(pids.get("query-service"));
            assertThat(ProcessHandle.of(pids.get("query-service"))).isEmpty();
            assertThat(ProcessHandle.of(pids.get("command-service"))).isEmpty();
            awaitReceived(third, recorded);
            record(third);
            awaitReceived(third, recorded + 1);

            third.interrupt();
            assertThat(third.awaitExit(Duration.ofMinutes(2))).isNotZero();
          }
          assertThat(pids.values())
              .as("stopping the launcher stops what it adopted")
              .allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isEmpty());
          assertThat(DATA.resolve("run/pids/command-service.pid")).doesNotExist();
        }
      }
    }
  }

  /** The pids of the parts, from the pid files the launcher keeps, by the launcher's names. */
  private static Map<String, Long> pids() throws IOException {
    Map<String, Long> pids = new TreeMap<>();
    for (String name : List.of("command-service", "query-service", "kafka-1")) {
      pids.put(name, pidFromFile(DATA.resolve("run/pids/" + name + ".pid")));
    }
    pids.put("PostgreSQL", pidFromFile(DATA.resolve("postgres/postmaster.pid")));
    return pids;
  }

  /**
   * Records new cases one after another through the first launcher's command-service port, each
   * retried until acknowledged, and measures the longest time between two acknowledgements.
   */
  private static final class Writer implements AutoCloseable {
    private final RunningSystem system;
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicReference<Duration> longestGap = new AtomicReference<>(Duration.ZERO);
    private volatile boolean stopped;
    private final Thread thread;

    private Writer(RunningSystem system) {
      this.system = system;
      this.thread = new Thread(this::run, "writer");
    }

    static Writer start(RunningSystem system) {
      Writer writer = new Writer(system);
      writer.thread.start();
      return writer;
    }

    private void run() {
      Instant last = Instant.now();
      while (!stopped) {
        String body = newCase();
        while (!acknowledges(body)) {
          if (stopped) {
            return; // never answered: not counted
          }
          pause();
        }
        Instant now = Instant.now();
        Duration gap = Duration.between(last, now);
        longestGap.accumulateAndGet(gap, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        last = now;
        acknowledged.incrementAndGet();
        pause();
      }
    }

    private boolean acknowledges(String body) {
      try {
        return system.postCommand("/api/reconsiderations", body).statusCode() / 100 == 2;
      } catch (RuntimeException e) {
        return false; // no answer: the same request again
      }
    }

    void awaitMore(int more) {
      int target = acknowledged.get() + more;
      await("more writes acknowledged")
          .atMost(Duration.ofMinutes(2))
          .until(() -> acknowledged.get() >= target);
    }

    /** Stops after the write in flight; returns how many were acknowledged. */
    int stop() throws InterruptedException {
      stopped = true;
      thread.join();
      return acknowledged.get();
    }

    Duration longestGap() {
      return longestGap.get();
    }

    @Override
    public void close() throws InterruptedException {
      stop();
    }

    private static void pause() {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Records a new case, retrying the same request (idempotent) until it is acknowledged. */
  private static void record(RunningSystem system) {
    String body = newCase();
    await("case recorded")
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> system.postCommand("/api/reconsiderations", body).statusCode() / 100 == 2);
  }

  private static String newCase() {
    return """
        {"caseId":"%s","caseNumber":"光明复〔%d〕%d号","receivedOn":"%d-06-01",
         "channel":"MAIL","street":"YUTANG","community":"CHANGZHEN","category":"HEALTH",
         "respondentAgency":"光明区卫生健康局"}"""
        .formatted(UUID.randomUUID(), YEAR, CASE_NUMBERS.incrementAndGet(), YEAR);
  }

  private static void awaitReceived(RunningSystem system, int expected) {
    await("statistics count " + expected + " cases")
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () ->
                JsonPath.<Integer>read(
                        system.getQuery("/api/statistics/reconsiderations?year=" + YEAR).body(),
                        "$.figures.received")
                    == expected);
  }

  private static Instant kill9(long pid) throws IOException, InterruptedException {
    return signal("9", pid);
  }

  private static Instant signal(String signal, long pid) throws IOException, InterruptedException {
    Instant now = Instant.now();
    new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).start().waitFor();
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
