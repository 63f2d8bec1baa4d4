package org.disputeregistry.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class ValidatedTokensTest {

  private static final Instant ISSUED = Instant.parse("2026-12-05T08:00:00Z");

  private final AtomicInteger fullChecks = new AtomicInteger();

  /** The full check: counts its calls, accepts "valid…" tokens, expiring an hour after issue. */
  private final JwtDecoder fullCheck =
      token -> {
        fullChecks.incrementAndGet();
        if (!token.startsWith("valid")) {
          throw new BadJwtException("bad signature");
        }
        Jwt.Builder jwt =
            Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("officer.li")
                .issuedAt(ISSUED)
                .expiresAt(ISSUED.plus(Duration.ofHours(1)));
        return token.endsWith("bound")
            ? jwt.claim("cnf", Map.of("x5t#S256", "x")).build()
            : jwt.build();
      };

  @Test
  void aTokenSentAgainIsNotCheckedAgain() {
    ValidatedTokens tokens = new ValidatedTokens(fullCheck, at(ISSUED.plusSeconds(10)));
    Jwt first = tokens.decode("valid-a");
    Jwt again = tokens.decode("valid-a");
    assertThat(again).isSameAs(first);
    assertThat(fullChecks).hasValue(1);
    tokens.decode("valid-b");
    assertThat(fullChecks).hasValue(2);
  }

  @Test
  void anInvalidTokenIsCheckedEveryTimeAndNotKept() {
    ValidatedTokens tokens = new ValidatedTokens(fullCheck, at(ISSUED));
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
    }
    assertThat(fullChecks).hasValue(2);
  }

  @Test
  void aKeptTokenThatHasSinceExpiredIsRefused() {
    MovingClock clock = new MovingClock(ISSUED.plusSeconds(10));
    ValidatedTokens tokens = new ValidatedTokens(fullCheck, clock);
    tokens.decode("valid-a");
    // Past the expiry and the same 60 s leeway as the first check.
    clock.now = ISSUED.plus(Duration.ofHours(1)).plusSeconds(61);
    assertThatThrownBy(() -> tokens.decode("valid-a"))
        .isInstanceOf(JwtValidationException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void aTokenBoundToACertificateIsCheckedEveryTime() {
    ValidatedTokens tokens = new ValidatedTokens(fullCheck, at(ISSUED));
    tokens.decode("valid-bound");
    tokens.decode("valid-bound");
    assertThat(fullChecks).hasValue(2);
  }

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  private static final class MovingClock extends Clock {

    Instant now;

    MovingClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
