package org.disputeregistry.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The demo loader's token is got by the same command as {@code ./run.sh token demo-loader}, kept
 * while it has time left and renewed before it expires or when a service refused it.
 */
class DemoLoaderTokenTest {

  private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

  private final SettableClock clock = new SettableClock(NOW);
  private final List<String> issued = new ArrayList<>();

  /** Each new token expires an hour after the clock's time, as the server's default TTL. */
  private final DemoLoaderToken token =
      new DemoLoaderToken(
          () -> {
            String jwt = jwt(clock.instant().plus(Duration.ofHours(1)), issued.size());
            issued.add(jwt);
            return jwt;
          },
          clock);

  @Test
  void keepsTheTokenWhileItHasTimeLeft() throws Exception {
    String first = token.current();
    clock.set(NOW.plus(Duration.ofMinutes(54)));

    assertThat(token.current()).isEqualTo(first);
    assertThat(issued).hasSize(1);
  }

  @Test
  void takesANewOneBeforeTheOldExpires() throws Exception {
    String first = token.current();
    clock.set(NOW.plus(Duration.ofMinutes(56)));

    String second = token.current();

    assertThat(second).isNotEqualTo(first);
    assertThat(DemoLoaderToken.expiry(second)).isEqualTo(NOW.plus(Duration.ofMinutes(116)));
    assertThat(issued).hasSize(2);
  }

  @Test
  void takesANewOneWhenAServiceRefusedIt() throws Exception {
    String first = token.current();

    assertThat(token.renewed()).isNotEqualTo(first);
    assertThat(token.current()).isEqualTo(issued.get(1));
  }

  @Test
  void aTokenWhoseExpiryCannotBeReadIsTakenAnewForEveryUse() throws Exception {
    List<String> opaque = new ArrayList<>();
    DemoLoaderToken perUse =
        new DemoLoaderToken(
            () -> {
              opaque.add("opaque-" + opaque.size());
              return opaque.get(opaque.size() - 1);
            },
            clock);

    perUse.current();
    perUse.current();

    assertThat(opaque).hasSize(2);
    assertThat(DemoLoaderToken.expiry("not.a-jwt!.x")).isEqualTo(Instant.EPOCH);
  }

  @Test
  void runsTheAuthorizationServersTokenCommandForTheDemoLoader() {
    Path jar = Path.of("/opt/registry/authorization-server-exec.jar");

    List<String> command =
        DemoLoaderToken.tokenCommand(jar, Path.of("/data/auth"), "http://localhost:9000");

    assertThat(command.get(0)).endsWith("java");
    assertThat(command.subList(command.indexOf("-jar"), command.size()))
        .containsExactly(
            "-jar",
            jar.toString(),
            "token",
            "demo-loader",
            "--auth-dir=/data/auth",
            "--issuer=http://localhost:9000");
  }

  @Test
  void aFailingTokenCommandIsAnErrorSayingWhy(@org.junit.jupiter.api.io.TempDir Path data) {
    IdentityOptions identity =
        new IdentityOptions(Optional.of(data.resolve("missing.jar")), 9000, Optional.empty());

    assertThatThrownBy(() -> DemoLoaderToken.of(identity, data).current())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no token for demo-loader")
        .hasMessageContaining("missing.jar");
  }

  @Test
  void withoutTheServersJarThereIsNoWayToAToken(@org.junit.jupiter.api.io.TempDir Path data) {
    IdentityOptions identity = new IdentityOptions(Optional.empty(), 9000, Optional.empty());

    assertThatThrownBy(() -> DemoLoaderToken.of(identity, data))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("--auth-jar");
  }

  /** A JWT's form with the claims that matter here; the services, not the loader, check it. */
  static String jwt(Instant expiresAt, int serial) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String claims =
        "{\"sub\":\"demo-loader\",\"exp\":%d,\"jti\":\"%d\"}"
            .formatted(expiresAt.getEpochSecond(), serial);
    return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + ".signature";
  }

  private static final class SettableClock extends Clock {
    private volatile Instant now;

    SettableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
