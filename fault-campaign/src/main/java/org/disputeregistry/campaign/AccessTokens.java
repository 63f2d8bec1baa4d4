package org.disputeregistry.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access tokens of the demo accounts the campaign acts as, from the launcher's embedded
 * authorization server exactly as {@code ./run.sh token NAME} gets them: the server jar's {@code
 * token} command (the registry-cli client's authorization code flow, signed in with the demo
 * password). Tokens live an hour (the server's REGISTRY_AUTH_TOKEN_TTL); each is renewed in the
 * background every {@link #RENEWAL}, so that client threads never wait for one, and a token that
 * could not be renewed (a fault is restarting the server) stays in use until the next try.
 */
final class AccessTokens implements AutoCloseable {

  /** Petitions of every street (the district's petition office). */
  static final String PETITION_OFFICER = "petition.zhou";

  /** The statistics. */
  static final String ANALYST = "analyst.liu";

  static final List<String> ACCOUNTS = List.of(PETITION_OFFICER, ANALYST);

  static final Duration RENEWAL = Duration.ofMinutes(10);
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
  private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);

  private final Path authJar;
  private final Path authDirectory;
  private final String issuer;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private final ScheduledExecutorService renewer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "token-renewal");
            thread.setDaemon(true);
            return thread;
          });

  AccessTokens(Path authJar, Path authDirectory, String issuer) {
    this.authJar = authJar;
    this.authDirectory = authDirectory;
    this.issuer = issuer;
  }

  /**
   * Gets a token of every account now (the server must be up), then renews them from time to time.
   */
  void start() {
    for (String account : ACCOUNTS) {
      tokens.put(
          account,
          fetch(account)
              .orElseThrow(() -> new IllegalStateException("No access token for " + account)));
    }
    renewer.scheduleWithFixedDelay(
        this::renewAll, RENEWAL.toMillis(), RENEWAL.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The {@code Authorization} header's value for the account; empty before {@link #start}. */
  Optional<String> bearer(String account) {
    return Optional.ofNullable(tokens.get(account)).map(token -> "Bearer " + token);
  }

  private void renewAll() {
    for (String account : ACCOUNTS) {
      fetch(account).ifPresent(token -> tokens.put(account, token));
    }
  }

  /** {@code java -jar authorization-server.jar token NAME}: the token is its only output line. */
  private Optional<String> fetch(String account) {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx64m",
            "-jar",
            authJar.toString(),
            "token",
            account,
            "--auth-dir=" + authDirectory,
            "--issuer=" + issuer);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    try {
      Process process = builder.start();
      // A token (about 1 KB) fits the pipe's buffer: read once the command has ended.
      if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        log.warn("No access token for {}: the token command did not end", account);
        return Optional.empty();
      }
      String token =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (process.exitValue() != 0 || token.isEmpty() || token.contains("\n")) {
        log.warn("No access token for {} (token command exit {})", account, process.exitValue());
        return Optional.empty();
      }
      return Optional.of(token);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run the token command of " + authJar, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    renewer.shutdownNow();
  }
}
