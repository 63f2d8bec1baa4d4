package org.disputeregistry.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.disputeregistry.authserver.clients.RegistryClients;
import org.disputeregistry.authserver.directory.DemoDirectory;
import org.disputeregistry.authserver.directory.Role;
import org.disputeregistry.authserver.directory.Subject;
import org.junit.jupiter.api.Test;

/**
 * The Keycloak realm export in deploy/keycloak mirrors the embedded server: the same roles, demo
 * users with the same roles and {@code org}, the same clients, and mappers that put {@code roles}
 * and {@code org} into the access token.
 */
class KeycloakRealmTest {

  private static final Path REALM = Path.of("..", "deploy", "keycloak", "registry-realm.json");

  private final JsonNode realm = read();
  private final DemoDirectory directory = DemoDirectory.load();

  @Test
  void hasTheRolesAsRealmRoles() {
    assertThat(texts(realm.path("roles").path("realm"), "name"))
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Enum::name).toList());
  }

  @Test
  void hasEveryDemoAccountAndSelfActingClientWithItsRolesAndOrganisation() {
    for (DemoDirectory.Account account : directory.accounts()) {
      JsonNode user = user(account.username()).orElseThrow(() -> new AssertionError(account));
      assertSubject(user, directory.subject(account.username()).orElseThrow());
      assertThat(user.path("credentials").get(0).path("value").asText())
          .isEqualTo(directory.password());
    }
    for (DemoDirectory.Client client : directory.clients()) {
      JsonNode user =
          user("service-account-" + client.clientId())
              .orElseThrow(() -> new AssertionError(client));
      assertThat(user.path("serviceAccountClientId").asText()).isEqualTo(client.clientId());
      assertSubject(user, directory.subject(client.clientId()).orElseThrow());
    }
  }

  @Test
  void hasTheFourClients() {
    JsonNode cli = client(RegistryClients.CLI);
    assertThat(cli.path("publicClient").asBoolean()).isTrue();
    assertThat(cli.path("standardFlowEnabled").asBoolean()).isTrue();
    assertThat(texts(cli.path("redirectUris"), null))
        .containsExactly(RegistryClients.CLI_REDIRECT_URI);
    assertThat(cli.path("attributes").path("pkce.code.challenge.method").asText())
        .isEqualTo("S256");

    JsonNode workbench = client(RegistryClients.WORKBENCH);
    assertThat(workbench.path("publicClient").asBoolean()).isFalse();
    assertThat(texts(workbench.path("redirectUris"), null))
        .containsExactly(RegistryClients.WORKBENCH_REDIRECT_URI);

    for (String clientId : RegistryClients.SELF_ACTING) {
      JsonNode client = client(clientId);
      assertThat(client.path("serviceAccountsEnabled").asBoolean()).as(clientId).isTrue();
      assertThat(client.path("standardFlowEnabled").asBoolean()).as(clientId).isFalse();
      assertThat(client.path("publicClient").asBoolean()).as(clientId).isFalse();
    }
    for (String clientId : List.of(RegistryClients.CLI, RegistryClients.WORKBENCH)) {
      assertThat(texts(client(clientId).path("defaultClientScopes"), null)).contains("registry");
    }
  }

  @Test
  void putsTheSubjectIntoTheAccessTokenThroughADefaultScopeOfEveryClient() {
    // An import with client scopes of its own gets none of Keycloak's built-in ones, "basic"
    // (whose mapper writes sub) included: without it a user's access token had no sub.
    JsonNode basic = scope("basic");
    assertThat(basic.path("protocolMappers").findValuesAsText("protocolMapper"))
        .contains("oidc-sub-mapper");
    for (JsonNode client : realm.path("clients")) {
      assertThat(texts(client.path("defaultClientScopes"), null))
          .as(client.path("clientId").asText())
          .contains("basic", RegistryClients.SCOPE);
    }
  }

  @Test
  void mapsRolesAndOrganisationIntoTheAccessToken() {
    JsonNode scope = scope(RegistryClients.SCOPE);
    List<String> accessTokenClaims = new ArrayList<>();
    for (JsonNode mapper : scope.path("protocolMappers")) {
      if (mapper.path("config").path("access.token.claim").asText().equals("true")) {
        accessTokenClaims.add(mapper.path("config").path("claim.name").asText());
      }
    }
    assertThat(accessTokenClaims).contains(AccessTokenClaims.ROLES, AccessTokenClaims.ORG);
  }

  private static void assertSubject(JsonNode user, Subject subject) {
    assertThat(texts(user.path("realmRoles"), null))
        .as(subject.name())
        .containsExactlyElementsOf(subject.roles().stream().map(Enum::name).toList());
    assertThat(texts(user.path("attributes").path("org"), null))
        .as(subject.name())
        .containsExactly(subject.org());
  }

  private JsonNode scope(String name) {
    return StreamSupport.stream(realm.path("clientScopes").spliterator(), false)
        .filter(s -> s.path("name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no client scope " + name));
  }

  private Optional<JsonNode> user(String username) {
    return StreamSupport.stream(realm.path("users").spliterator(), false)
        .filter(u -> u.path("username").asText().equals(username))
        .findFirst();
  }

  private JsonNode client(String clientId) {
    return StreamSupport.stream(realm.path("clients").spliterator(), false)
        .filter(c -> c.path("clientId").asText().equals(clientId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no client " + clientId));
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add((field == null ? node : node.path(field)).asText()));
    return texts;
  }

  private static JsonNode read() {
    try {
      return new ObjectMapper().readTree(REALM.toFile());
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + REALM, e);
    }
  }
}
