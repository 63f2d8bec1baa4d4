package org.disputeregistry.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of the test's own, as an OS process it can kill like a power cut: SIGKILL of
 * the postmaster, then of the backends it leaves behind (they keep its shared memory, and a new
 * postmaster refuses to start beside them). It restarts on the same data directory and port, so the
 * services' JDBC URLs stay valid, and it is durable as production must be: every acknowledged
 * commit is on disk.
 */
final class KillablePostgres implements AutoCloseable {

  static final String USER = "postgres";
  static final String PASSWORD = "postgres";

  private final Path dataDirectory;
  private final Path workingDirectory;
  private final Path log;
  private final int port;
  private EmbeddedPostgres server;

  private KillablePostgres(Path root, int port) {
    this.dataDirectory = root.resolve("data");
    this.workingDirectory = root.resolve("binaries");
    this.log = root.resolve("postgres.log");
    this.port = port;
  }

  /** Starts a new cluster in {@code root} (emptied first). */
  static KillablePostgres start(Path root, int port) {
    try {
      if (Files.exists(root)) {
        try (var files = Files.walk(root)) {
          files.sorted((a, b) -> b.compareTo(a)).forEach(KillablePostgres::delete);
        }
      }
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    KillablePostgres postgres = new KillablePostgres(root, port);
    postgres.startServer();
    return postgres;
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void startServer() {
    try {
      Files.createDirectories(workingDirectory);
      ProcessBuilder.Redirect output = ProcessBuilder.Redirect.appendTo(log.toFile());
      server =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              .setOverrideWorkingDirectory(workingDirectory.toFile())
              .setPort(port)
              .setPGStartupWait(Duration.ofSeconds(60))
              // zonky's defaults acknowledge a commit before it is on disk.
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("fsync", "on")
              .setServerConfig("full_page_writes", "on")
              .setServerConfig("unix_socket_directories", "")
              .setServerConfig("listen_addresses", "localhost")
              .setServerConfig("max_connections", "100")
              .setOutputRedirector(output)
              .setErrorRedirector(output)
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start; see " + log, e);
    }
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  void createDatabase(String name) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
  }

  String setting(String name) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
        Statement statement = connection.createStatement();
        var result = statement.executeQuery("SHOW " + name)) {
      result.next();
      return result.getString(1);
    }
  }

  /**
   * SIGKILL of the postmaster, then of every process it had started, as a power cut would.
   *
   * @return when the postmaster was killed
   */
  Instant kill() {
    ProcessHandle postmaster = postmaster();
    List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
    all.add(0, postmaster);
    Instant killed = Instant.now();
    all.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle process : all) {
      process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }
    try {
      // Releases zonky's lock on the data directory; its "pg_ctl stop" finds nothing to stop.
      server.close();
    } catch (IOException ignored) {
      // Nothing was running any more.
    }
    return killed;
  }

  /** Starts PostgreSQL again on the same data directory and port: crash recovery replays WAL. */
  void restart() {
    startServer();
  }

  private ProcessHandle postmaster() {
    try {
      String pid =
          Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8)
              .get(0)
              .trim();
      return ProcessHandle.of(Long.parseLong(pid))
          .orElseThrow(() -> new IllegalStateException("No postmaster " + pid));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
