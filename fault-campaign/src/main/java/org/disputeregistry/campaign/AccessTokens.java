package org.disputeregistry.campaign;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Access tokens of the demo accounts the campaign acts as, from the launcher's embedded
 * authorization server ({@link TokenCommandRunner}). Tokens live an hour (the server's
 * REGISTRY_AUTH_TOKEN_TTL); each is renewed in the background every {@link #RENEWAL}, so that
 * client threads never wait for one, and a token that could not be renewed (a fault is restarting
 * the server) stays in use until the next try.
 */
final class AccessTokens implements AutoCloseable {

  /** Petitions of every street (the district's petition office). */
  static final String PETITION_OFFICER = "petition.zhou";

  /** The statistics. */
  static final String ANALYST = "analyst.liu";

  static final List<String> ACCOUNTS = List.of(PETITION_OFFICER, ANALYST);

  static final Duration RENEWAL = Duration.ofMinutes(10);

  private final Function<String, Optional<String>> source;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private final ScheduledExecutorService renewer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "token-renewal");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * @param source an account's new token, or empty when none could be had
   */
  AccessTokens(Function<String, Optional<String>> source) {
    this.source = source;
  }

  /** Gets a token of every account now (the server must be up), then renews them every so often. */
  void start() {
    for (String account : ACCOUNTS) {
      tokens.put(
          account,
          source
              .apply(account)
              .orElseThrow(() -> new IllegalStateException("No access token for " + account)));
    }
    renewer.scheduleWithFixedDelay(
        this::renew, RENEWAL.toMillis(), RENEWAL.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The {@code Authorization} header's value for the account; empty before {@link #start}. */
  Optional<String> bearer(String account) {
    return Optional.ofNullable(tokens.get(account)).map(token -> "Bearer " + token);
  }

  /** A new token of every account that the source gives one for; the others keep theirs. */
  void renew() {
    for (String account : ACCOUNTS) {
      source.apply(account).ifPresent(token -> tokens.put(account, token));
    }
  }

  @Override
  public void close() {
    renewer.shutdownNow();
  }
}
