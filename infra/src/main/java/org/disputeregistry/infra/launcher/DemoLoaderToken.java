package org.disputeregistry.infra.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The access tokens of the {@code demo-loader} client, got exactly as {@code ./run.sh token
 * demo-loader} gets them: by running the authorization server jar's {@code token} command. That
 * command already reads the client's secret from the server's data directory ({@code
 * <data>/auth/client-secrets.properties}, whose format is the server's own) and speaks client
 * credentials to the issuer's discovered token endpoint; a second implementation here would have to
 * know both. It costs a short JVM (about a second) per token, and a token lasts an hour by default
 * ({@code REGISTRY_AUTH_TOKEN_TTL}): the loader takes a new one when the one it has is about to
 * expire, or when a service refuses it.
 */
final class DemoLoaderToken {

  static final String CLIENT = "demo-loader";

  /** A token with less left than this is renewed before use: no request starts with it. */
  static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(5);

  private static final Duration COMMAND_BOUND = Duration.ofMinutes(2);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Gets a new token. */
  interface Source {
    String newToken() throws IOException, InterruptedException;
  }

  private final Source source;
  private final Clock clock;
  private String token;
  private Instant expiresAt = Instant.EPOCH;

  DemoLoaderToken(Source source, Clock clock) {
    this.source = source;
    this.clock = clock;
  }

  /**
   * The token command of {@code serverJar} against {@code issuer}, with the secrets kept in the
   * server's data directory under {@code dataDirectory} (with an external provider: the client's
   * secret put there by hand, as for {@code ./run.sh token demo-loader --issuer=...}).
   */
  static DemoLoaderToken of(IdentityOptions identity, Path dataDirectory) {
    Path serverJar =
        identity
            .serverJar()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no authorization server jar (--auth-jar) to get the demo-loader's"
                            + " token with"));
    String issuer =
        identity
            .issuer()
            .orElseThrow(() -> new IllegalStateException("no issuer of tokens is configured"));
    List<String> command =
        tokenCommand(serverJar, AuthorizationServerStarter.dataDirectory(dataDirectory), issuer);
    return new DemoLoaderToken(() -> run(command), Clock.systemUTC());
  }

  /** What {@code ./run.sh token demo-loader} runs, with the launcher's own JVM. */
  static List<String> tokenCommand(Path serverJar, Path authDirectory, String issuer) {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m",
        "-jar",
        serverJar.toString(),
        "token",
        CLIENT,
        "--auth-dir=" + authDirectory,
        "--issuer=" + issuer);
  }

  /** The token held, or a new one if it is about to expire. */
  synchronized String current() throws IOException, InterruptedException {
    if (token == null || !clock.instant().isBefore(expiresAt.minus(RENEW_BEFORE_EXPIRY))) {
      return renewed();
    }
    return token;
  }

  /** A new token, whatever the one held says: after a service refused it. */
  synchronized String renewed() throws IOException, InterruptedException {
    token = source.newToken();
    expiresAt = expiry(token);
    return token;
  }

  /**
   * The {@code exp} of a JWT, read without checking the signature (the services check it); a token
   * that is not a readable JWT counts as expired, so it is renewed before every use.
   */
  static Instant expiry(String token) {
    String[] parts = token.split("\\.");
    try {
      byte[] claims = Base64.getUrlDecoder().decode(parts[1]);
      long exp = JSON.readTree(claims).path("exp").asLong(0);
      return Instant.ofEpochSecond(exp);
    } catch (IOException | RuntimeException e) {
      return Instant.EPOCH;
    }
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    CompletableFuture<String> out = text(process.getInputStream());
    CompletableFuture<String> err = text(process.getErrorStream());
    if (!process.waitFor(COMMAND_BOUND.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("the token command did not answer within " + COMMAND_BOUND);
    }
    String token = out.join().strip();
    if (process.exitValue() != 0 || token.isEmpty()) {
      throw new IOException(
          "no token for "
              + CLIENT
              + ": ./run.sh token "
              + CLIENT
              + " ended with exit status "
              + process.exitValue()
              + ": "
              + err.join().strip());
    }
    return token;
  }

  /** Reads a stream to its end on another thread, so that neither of a process's pipes fills. */
  private static CompletableFuture<String> text(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            return "";
          }
        },
        reader -> {
          Thread thread = new Thread(reader, "token-command-output");
          thread.setDaemon(true);
          thread.start();
        });
  }
}
