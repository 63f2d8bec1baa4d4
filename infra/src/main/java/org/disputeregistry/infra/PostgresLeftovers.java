package org.disputeregistry.infra;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL processes an earlier run left on a data directory: the postmaster of a killed
 * launcher, which is adopted if it is exactly what {@link LocalPostgres#start} would run, or
 * stopped; and the backends of a killed postmaster, which would keep a new one from starting.
 */
public final class PostgresLeftovers {

  private static final Logger log = LoggerFactory.getLogger(PostgresLeftovers.class);

  /** zonky's lock file inside the data directory, held while a JVM runs the cluster. */
  private static final String ZONKY_LOCK = "epg-lock";

  private PostgresLeftovers() {}

  /** The postmaster an earlier launcher left running on {@code dataDirectory}, if any. */
  public static Optional<ProcessHandle> postmaster(Path dataDirectory) {
    try {
      return Files.isDirectory(dataDirectory) ? running(dataDirectory) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check " + dataDirectory + " for a running server", e);
    }
  }

  /**
   * Why the {@code postmaster} left running on {@code dataDirectory} is not what {@link
   * LocalPostgres#start} would run, or empty if it is: from these binaries, on this port, requiring
   * passwords, durable, accepting connections.
   */
  public static Optional<String> whyNotAdopt(
      ProcessHandle postmaster,
      Path dataDirectory,
      Path binariesDirectory,
      int port,
      PostgresLogin admin) {
    try {
      List<String> pidFile = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
      if (pidFile.size() < 4 || !pidFile.get(3).trim().equals(String.valueOf(port))) {
        return Optional.of("it does not listen on port " + port);
      }
    } catch (IOException e) {
      return Optional.of("its postmaster.pid cannot be read");
    }
    try {
      String hba = Files.readString(dataDirectory.resolve("pg_hba.conf"));
      if (!PostgresAuthentication.HBA.equals(hba)) {
        return Optional.of("it does not require passwords");
      }
    } catch (IOException e) {
      return Optional.of("its pg_hba.conf cannot be read");
    }
    String binaries = binariesDirectory.toAbsolutePath().normalize().toString();
    if (!postmaster.info().command().map(c -> c.startsWith(binaries + "/")).orElse(false)) {
      return Optional.of("it does not run from " + binaries);
    }
    Properties login = new Properties();
    login.setProperty("user", admin.user());
    login.setProperty("password", admin.password());
    login.setProperty("loginTimeout", "5");
    login.setProperty("socketTimeout", "5");
    try (Connection connection =
            DriverManager.getConnection(LocalPostgres.jdbcUrl(port, "postgres"), login);
        Statement statement = connection.createStatement()) {
      for (Map.Entry<String, String> setting : LocalPostgres.DURABLE.entrySet()) {
        try (ResultSet rows = statement.executeQuery("SHOW " + setting.getKey())) {
          if (!rows.next() || !setting.getValue().equals(rows.getString(1))) {
            return Optional.of("it runs without " + setting.getKey() + "=" + setting.getValue());
          }
        }
      }
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of("it does not accept connections (" + e.getSQLState() + ")");
    }
  }

  /**
   * Stops what an earlier run left on the data directory: a postmaster whose JVM is gone, or the
   * backends of a postmaster that was killed.
   */
  public static void stop(Path dataDirectory) {
    if (!Files.isDirectory(dataDirectory)) {
      return;
    }
    try {
      stopOrphanedServer(dataDirectory);
      stopLeftoverBackends(dataDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check " + dataDirectory + " for a running server", e);
    }
  }

  /**
   * A JVM killed without its shutdown hook leaves PostgreSQL running on the data directory, and the
   * next start would fail. If no live JVM holds zonky's lock, that server is an orphan and is
   * stopped here.
   */
  private static void stopOrphanedServer(Path dataDirectory) throws IOException {
    Optional<ProcessHandle> server = running(dataDirectory);
    if (server.isEmpty()) {
      return;
    }
    long pid = server.get().pid();
    Path lockFile = dataDirectory.resolve(ZONKY_LOCK);
    try (FileOutputStream stream = new FileOutputStream(lockFile.toFile());
        FileLock lock = stream.getChannel().tryLock()) {
      if (lock == null) {
        throw new IllegalStateException(
            "PostgreSQL (pid " + pid + ") on " + dataDirectory + " is in use by another process");
      }
    }
    log.warn(
        "Stopping PostgreSQL (pid {}) left running on {} by an earlier run", pid, dataDirectory);
    stopServer(server.get());
  }

  /** Fast shutdown (ends open sessions, the data stays on disk), SIGKILL if that hangs. */
  static void stopServer(ProcessHandle postmaster) throws IOException {
    signal(postmaster, "INT");
    if (awaitExit(postmaster, 20)) {
      return;
    }
    postmaster.destroyForcibly();
    if (!awaitExit(postmaster, 10)) {
      throw new IllegalStateException("Could not stop PostgreSQL (pid " + postmaster.pid() + ")");
    }
  }

  /**
   * After its postmaster was killed (SIGKILL), backends may live on for a while and keep the shared
   * memory attached; a new postmaster then refuses to start. They are found by their working
   * directory, the data directory (every PostgreSQL process has it), and killed: their postmaster
   * is gone, and the new one recovers from the write-ahead log.
   */
  private static void stopLeftoverBackends(Path dataDirectory) throws IOException {
    if (running(dataDirectory).isPresent()) {
      return;
    }
    Path data = dataDirectory.toRealPath();
    List<ProcessHandle> backends =
        ProcessHandle.allProcesses()
            .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
            .filter(p -> workingDirectory(p).map(data::equals).orElse(false))
            .toList();
    if (backends.isEmpty()) {
      return;
    }
    log.warn("Killing {} PostgreSQL backend(s) whose postmaster died", backends.size());
    backends.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle backend : backends) {
      if (!awaitExit(backend, 10)) {
        throw new IllegalStateException("Could not stop PostgreSQL backend " + backend.pid());
      }
    }
  }

  private static Optional<Path> workingDirectory(ProcessHandle process) {
    try {
      return Optional.of(Path.of("/proc", String.valueOf(process.pid()), "cwd").toRealPath());
    } catch (IOException | SecurityException e) {
      return Optional.empty(); // gone, or not ours to look at
    }
  }

  private static void signal(ProcessHandle process, String signal) throws IOException {
    try {
      new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid()))
          .start()
          .waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean awaitExit(ProcessHandle process, int seconds) {
    return !process.onExit().completeOnTimeout(process, seconds, TimeUnit.SECONDS).join().isAlive();
  }

  static Optional<ProcessHandle> running(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
  }
}
