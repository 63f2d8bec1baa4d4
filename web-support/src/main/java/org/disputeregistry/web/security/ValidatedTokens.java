package org.disputeregistry.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Decodes each distinct access token once. A client sends the same token for its whole lifetime (up
 * to an hour), and checking its RS256 signature was the largest single cost of a request; so a
 * token that decoded and validated is kept, and each later use checks only what changes with time,
 * its expiry and not-before, with the same rule and leeway as the first check. Only valid tokens
 * are kept, at most {@link #MAX_TOKENS} for at most {@link #KEPT_FOR} each, so an invalid token
 * costs the full check every time and takes no room; a token bound to a client certificate ({@code
 * cnf}) is never kept, since its check depends on the request.
 */
final class ValidatedTokens implements JwtDecoder {

  static final int MAX_TOKENS = 1_000;
  static final Duration KEPT_FOR = Duration.ofMinutes(5);

  private final JwtDecoder decoder;
  private final JwtTimestampValidator timestamps = new JwtTimestampValidator();
  private final Cache<String, Jwt> tokens =
      Caffeine.newBuilder().maximumSize(MAX_TOKENS).expireAfterWrite(KEPT_FOR).build();

  ValidatedTokens(JwtDecoder decoder) {
    this.decoder = decoder;
  }

  /** With the clock the timestamps of a kept token are judged by. */
  ValidatedTokens(JwtDecoder decoder, Clock clock) {
    this(decoder);
    timestamps.setClock(clock);
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    Jwt kept = tokens.getIfPresent(token);
    if (kept == null) {
      Jwt decoded = decoder.decode(token);
      if (!decoded.hasClaim("cnf")) {
        tokens.put(token, decoded);
      }
      return decoded;
    }
    OAuth2TokenValidatorResult now = timestamps.validate(kept);
    if (now.hasErrors()) {
      tokens.invalidate(token);
      throw new JwtValidationException(
          now.getErrors().iterator().next().getDescription(), now.getErrors());
    }
    return kept;
  }
}
