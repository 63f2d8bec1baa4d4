package org.disputeregistry.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokensTest {

  /**
   * The tests' accounts are the embedded authorization server's, subject for subject: a test that
   * passes as {@code mediator.chen} proves what the real {@code mediator.chen} may do.
   */
  @Test
  void theTestAccountsAreTheDemoDirectorysAccountsAndClients() throws Exception {
    JsonNode directory =
        new ObjectMapper()
            .readTree(
                Path.of("..", "authorization-server", "src", "main", "resources")
                    .resolve("demo-directory.json")
                    .toFile());
    Map<String, Tokens.Account> expected = new HashMap<>();
    directory
        .path("accounts")
        .forEach(a -> expected.put(a.path("username").asText(), account(a, "username")));
    directory
        .path("clients")
        .forEach(c -> expected.put(c.path("clientId").asText(), account(c, "clientId")));

    assertThat(Tokens.ACCOUNTS).isEqualTo(expected);
  }

  private static Tokens.Account account(JsonNode entry, String nameField) {
    List<String> roles = new ArrayList<>();
    entry.path("roles").forEach(r -> roles.add(r.asText()));
    return new Tokens.Account(entry.path(nameField).asText(), entry.path("org").asText(), roles);
  }
}
