package org.disputeregistry.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A PostgreSQL 17 server run from zonky's binaries on a data directory that outlives it. */
final class LocalPostgres implements AutoCloseable, Supervisor.Running {

  static final String USER = "postgres";

  /** The cluster trusts local connections (initdb -A trust): any password is accepted. */
  static final String PASSWORD = "postgres";

  private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);

  /** zonky reads its working directory from this property when a builder is created. */
  private static final String WORKING_DIR_PROPERTY = "ot.epg.working-dir";

  private static final Object WORKING_DIR_LOCK = new Object();

  /** Unix socket paths are limited to ~107 bytes and zonky passes options unquoted. */
  private static final Pattern SAFE_SOCKET_DIR = Pattern.compile("[A-Za-z0-9/._-]{1,80}");

  /** zonky's lock file inside the data directory, held while a JVM runs the cluster. */
  private static final String ZONKY_LOCK = "epg-lock";

  /** Settings that make a commit durable before it is acknowledged; an adopted server has them. */
  private static final Map<String, String> DURABLE =
      Map.of("synchronous_commit", "on", "fsync", "on", "full_page_writes", "on");

  /** Null for a server adopted from an earlier launcher (then stopped by its postmaster). */
  private final EmbeddedPostgres postgres;

  private final ProcessHandle postmaster;
  private final int port;

  private LocalPostgres(EmbeddedPostgres postgres, ProcessHandle postmaster, int port) {
    this.postgres = postgres;
    this.postmaster = postmaster;
    this.port = port;
  }

  /**
   * Starts PostgreSQL on {@code dataDirectory}, running initdb only if it holds no cluster yet.
   *
   * @param runDirectory for the unix socket
   * @param logFile PostgreSQL's own output
   */
  static LocalPostgres start(
      Path dataDirectory, Path binariesDirectory, Path runDirectory, int port, Path logFile) {
    try {
      Files.createDirectories(binariesDirectory);
      Files.createDirectories(runDirectory);
      LogFiles.prepareForAppend(logFile);
      stopLeftovers(dataDirectory);
      ProcessBuilder.Redirect output = ProcessBuilder.Redirect.appendTo(logFile.toFile());
      EmbeddedPostgres.Builder builder = newBuilder(binariesDirectory);
      builder
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(false)
          .setRegisterShutdownHook(false)
          .setOverrideWorkingDirectory(binariesDirectory.toFile())
          .setPort(port)
          .setPGStartupWait(Duration.ofSeconds(60))
          .setServerConfig("unix_socket_directories", socketDirectory(runDirectory))
          .setServerConfig("listen_addresses", "localhost")
          // zonky turns durability off for speed (synchronous_commit=off, and -F for fsync=off):
          // a commit would be acknowledged before it is on disk, and a crash would lose it. These
          // come after -F on postgres' command line, so they win.
          .setServerConfig("synchronous_commit", DURABLE.get("synchronous_commit"))
          .setServerConfig("fsync", DURABLE.get("fsync"))
          .setServerConfig("full_page_writes", DURABLE.get("full_page_writes"))
          .setOutputRedirector(output)
          .setErrorRedirector(output);
      EmbeddedPostgres started = builder.start();
      ProcessHandle postmaster =
          runningServer(dataDirectory)
              .orElseThrow(() -> new IllegalStateException("No postmaster on " + dataDirectory));
      return new LocalPostgres(started, postmaster, started.getPort());
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start on " + dataDirectory, e);
    }
  }

  /** The postmaster an earlier launcher left running on {@code dataDirectory}, if any. */
  static Optional<ProcessHandle> leftover(Path dataDirectory) {
    try {
      return Files.isDirectory(dataDirectory) ? runningServer(dataDirectory) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check " + dataDirectory + " for a running server", e);
    }
  }

  /**
   * Why the {@code postmaster} left running on {@code dataDirectory} is not what {@link #start}
   * would run, or empty if it is: from these binaries, on this port, durable, accepting
   * connections.
   */
  static Optional<String> whyNotAdopt(
      ProcessHandle postmaster, Path dataDirectory, Path binariesDirectory, int port) {
    try {
      List<String> pidFile = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
      if (pidFile.size() < 4 || !pidFile.get(3).trim().equals(String.valueOf(port))) {
        return Optional.of("it does not listen on port " + port);
      }
    } catch (IOException e) {
      return Optional.of("its postmaster.pid cannot be read");
    }
    String binaries = binariesDirectory.toAbsolutePath().normalize().toString();
    if (!postmaster.info().command().map(c -> c.startsWith(binaries + "/")).orElse(false)) {
      return Optional.of("it does not run from " + binaries);
    }
    Properties login = new Properties();
    login.setProperty("user", USER);
    login.setProperty("password", PASSWORD);
    login.setProperty("loginTimeout", "5");
    login.setProperty("socketTimeout", "5");
    try (Connection connection = DriverManager.getConnection(jdbcUrl(port, "postgres"), login);
        Statement statement = connection.createStatement()) {
      for (Map.Entry<String, String> setting : DURABLE.entrySet()) {
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

  /** Supervises a postmaster {@link #whyNotAdopt} found fit. */
  static LocalPostgres adopt(ProcessHandle postmaster, int port) {
    return new LocalPostgres(null, postmaster, port);
  }

  long postmasterPid() {
    return postmaster.pid();
  }

  int port() {
    return port;
  }

  String jdbcUrl(String database) {
    return jdbcUrl(port, database);
  }

  private static String jdbcUrl(int port, String database) {
    PostgresDatabases.requireValidName(database);
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  /** Creates the database unless it exists; true if it was created now. */
  boolean ensureDatabase(String name) {
    return PostgresDatabases.ensureDatabase(jdbcUrl("postgres"), USER, PASSWORD, name);
  }

  /** Completes when the postmaster has died (the launcher did not start it: no exit code). */
  @Override
  public CompletableFuture<String> onExit() {
    return postmaster.onExit().thenApply(p -> "postmaster pid " + p.pid() + " gone");
  }

  /** Also releases zonky's lock on the data directory after the postmaster died. */
  @Override
  public void stop() {
    close();
  }

  /** Fast shutdown: open sessions are ended, the data stays on disk. Idempotent. */
  @Override
  public void close() {
    try {
      if (postgres != null) {
        postgres.close();
      } else if (postmaster.isAlive()) {
        stopServer(postmaster);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
    }
  }

  /**
   * zonky takes its parent working directory (where it also looks for stale clusters to delete)
   * from a system property at builder creation: point it at our binaries directory rather than the
   * shared /tmp/embedded-pg, then put the property back.
   */
  private static EmbeddedPostgres.Builder newBuilder(Path binariesDirectory) {
    synchronized (WORKING_DIR_LOCK) {
      String previous = System.getProperty(WORKING_DIR_PROPERTY);
      System.setProperty(WORKING_DIR_PROPERTY, binariesDirectory.toString());
      try {
        return EmbeddedPostgres.builder();
      } finally {
        if (previous == null) {
          System.clearProperty(WORKING_DIR_PROPERTY);
        } else {
          System.setProperty(WORKING_DIR_PROPERTY, previous);
        }
      }
    }
  }

  private static String socketDirectory(Path runDirectory) {
    String path = runDirectory.toAbsolutePath().toString();
    if (SAFE_SOCKET_DIR.matcher(path).matches()) {
      return path;
    }
    log.warn("Run directory {} is too long or unusual for a unix socket; TCP only", path);
    return "";
  }

  /**
   * Stops what an earlier run left on the data directory: a postmaster whose JVM is gone, or the
   * backends of a postmaster that was killed.
   */
  static void stopLeftovers(Path dataDirectory) {
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
    Optional<ProcessHandle> server = runningServer(dataDirectory);
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
  private static void stopServer(ProcessHandle postmaster) throws IOException {
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
    if (runningServer(dataDirectory).isPresent()) {
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

  private static Optional<ProcessHandle> runningServer(Path dataDirectory) throws IOException {
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
