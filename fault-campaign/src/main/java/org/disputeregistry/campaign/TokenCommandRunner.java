package org.disputeregistry.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar authorization-server.jar token NAME --auth-dir=... --issuer=...}, what {@code
 * ./run.sh token NAME} runs: an access token of the running embedded server for a demo account (the
 * registry-cli client's authorization code flow, signed in with the demo password) or a self-acting
 * client (its client credentials, the secret read from the server's data directory). The campaign
 * runs the launcher as a process, without its classes: it asks the same way.
 */
final class TokenCommandRunner {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Logger log = LoggerFactory.getLogger(TokenCommandRunner.class);

  private final Path authJar;
  private final Path authDirectory;
  private final String issuer;

  TokenCommandRunner(Path authJar, Path authDirectory, String issuer) {
    this.authJar = authJar;
    this.authDirectory = authDirectory;
    this.issuer = issuer;
  }

  /** The token, its only output line; empty if the server did not give one (it is logged). */
  Optional<String> token(String account) {
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
      if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
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
}
