package org.disputeregistry.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

  private final Map<String, String> issued = new HashMap<>();

  private AccessTokens tokens() {
    return new AccessTokens(account -> Optional.ofNullable(issued.get(account)));
  }

  @Test
  void sendsEachAccountsTokenAsBearer() {
    issued.put(AccessTokens.PETITION_OFFICER, "p1");
    issued.put(AccessTokens.ANALYST, "a1");
    try (AccessTokens tokens = tokens()) {
      assertThat(tokens.bearer(AccessTokens.PETITION_OFFICER)).isEmpty();
      tokens.start();
      assertThat(tokens.bearer(AccessTokens.PETITION_OFFICER)).contains("Bearer p1");
      assertThat(tokens.bearer(AccessTokens.ANALYST)).contains("Bearer a1");
    }
  }

  @Test
  void doesNotStartWithoutATokenOfEveryAccount() {
    issued.put(AccessTokens.PETITION_OFFICER, "p1");
    try (AccessTokens tokens = tokens()) {
      assertThatThrownBy(tokens::start).hasMessageContaining(AccessTokens.ANALYST);
    }
  }

  @Test
  void aRenewalReplacesTheTokensAndOneThatFailsKeepsTheOldToken() {
    issued.put(AccessTokens.PETITION_OFFICER, "p1");
    issued.put(AccessTokens.ANALYST, "a1");
    try (AccessTokens tokens = tokens()) {
      tokens.start();
      issued.put(AccessTokens.PETITION_OFFICER, "p2");
      issued.remove(AccessTokens.ANALYST); // the server is being restarted by a fault
      tokens.renew();
      assertThat(tokens.bearer(AccessTokens.PETITION_OFFICER)).contains("Bearer p2");
      assertThat(tokens.bearer(AccessTokens.ANALYST)).contains("Bearer a1");
    }
  }
}
