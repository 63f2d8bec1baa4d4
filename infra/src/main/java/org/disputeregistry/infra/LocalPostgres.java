package org.disputeregistry.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.disputeregistry.infra.supervision.Supervisor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A PostgreSQL 17 server run from zonky's binaries on a data directory that outlives it. */
public final class LocalPostgres implements AutoCloseable, Supervisor.Running {

  /** The superuser, for the launcher only; its password is kept with the services' ones. */
  public static final String USER = "postgres";

  private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);

  /** zonky reads its working directory from this property when a builder is created. */
  private static final String WORKING_DIR_PROPERTY = "ot.epg.working-dir";

  private static final Object WORKING_DIR_LOCK = new Object();

  /** Unix socket paths are limited to ~107 bytes and zonky passes options unquoted. */
  private static final Pattern SAFE_SOCKET_DIR = Pattern.compile("[A-Za-z0-9/._-]{1,80}");

  /** Settings that make a commit durable before it is acknowledged; an adopted server has them. */
  static final Map<String, String> DURABLE =
      Map.of("synchronous_commit", "on", "fsync", "on", "full_page_writes", "on");

  /** Null for a server adopted from an earlier launcher (then stopped by its postmaster). */
  private final EmbeddedPostgres postgres;

  private final ProcessHandle postmaster;
  private final int port;
  private final PostgresLogin admin;

  private LocalPostgres(
      EmbeddedPostgres postgres, ProcessHandle postmaster, int port, PostgresLogin admin) {
    this.postgres = postgres;
    this.postmaster = postmaster;
    this.port = port;
    this.admin = admin;
  }

  /**
   * Starts PostgreSQL on {@code dataDirectory}, running initdb only if it holds no cluster yet.
   *
   * @param runDirectory for the unix socket
   * @param logFile PostgreSQL's own output
   * @param admin the superuser's login: its password is set, and required from then on
   */
  static LocalPostgres start(
      Path dataDirectory,
      Path binariesDirectory,
      Path runDirectory,
      int port,
      Path logFile,
      PostgresLogin admin) {
    try {
      Files.createDirectories(binariesDirectory);
      Files.createDirectories(runDirectory);
      LogFiles.prepareForAppend(logFile);
      PostgresLeftovers.stop(dataDirectory);
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
          // zonky's readiness check logs in as the superuser, which needs its password once
          // pg_hba.conf requires one (from the second start on).
          .setConnectConfig("password", admin.password())
          .setOutputRedirector(output)
          .setErrorRedirector(output);
      EmbeddedPostgres started = builder.start();
      ProcessHandle postmaster =
          PostgresLeftovers.running(dataDirectory)
              .orElseThrow(() -> new IllegalStateException("No postmaster on " + dataDirectory));
      LocalPostgres local = new LocalPostgres(started, postmaster, started.getPort(), admin);
      try {
        PostgresAuthentication.requirePasswords(local.jdbcUrl("postgres"), admin, dataDirectory);
      } catch (RuntimeException e) {
        local.close();
        throw e;
      }
      return local;
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start on " + dataDirectory, e);
    }
  }

  /** Supervises a postmaster {@link PostgresLeftovers#whyNotAdopt} found fit. */
  public static LocalPostgres adopt(ProcessHandle postmaster, int port, PostgresLogin admin) {
    return new LocalPostgres(null, postmaster, port, admin);
  }

  /** The superuser's login. */
  public PostgresLogin admin() {
    return admin;
  }

  long postmasterPid() {
    return postmaster.pid();
  }

  public int port() {
    return port;
  }

  public String jdbcUrl(String database) {
    return jdbcUrl(port, database);
  }

  static String jdbcUrl(int port, String database) {
    PostgresDatabases.requireValidName(database);
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  /** Creates the database unless it exists; true if it was created now. */
  public boolean ensureDatabase(String name) {
    return PostgresDatabases.ensureDatabase(
        jdbcUrl("postgres"), admin.user(), admin.password(), name);
  }

  /**
   * Gives the database (created unless it exists) to {@code owner}, a least-privileged login role
   * created or updated now; see {@link PostgresRoles#ensureOwnedDatabase}.
   */
  public boolean ensureOwnedDatabase(String name, PostgresLogin owner) {
    return PostgresRoles.ensureOwnedDatabase(jdbcUrl("postgres"), admin, name, owner);
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
        PostgresLeftovers.stopServer(postmaster);
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
}
