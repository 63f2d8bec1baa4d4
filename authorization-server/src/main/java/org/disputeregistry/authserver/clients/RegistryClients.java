package org.disputeregistry.authserver.clients;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.disputeregistry.authserver.data.ClientSecrets;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The registry's clients: {@code registry-cli} (public, authorization code + PKCE, loopback
 * redirect; {@code ./run.sh token}), {@code workbench} (confidential, authorization code + PKCE),
 * {@code report-generator} and {@code demo-loader} (confidential, client credentials: they act for
 * themselves).
 */
public final class RegistryClients {

  public static final String CLI = "registry-cli";
  public static final String CLI_REDIRECT_URI = "http://127.0.0.1:8400/callback";
  public static final String WORKBENCH = "workbench";

  /** Where the workbench runs unless {@code registry.auth.workbench-url} says otherwise. */
  public static final String WORKBENCH_URL = "http://localhost:8080";

  /** Where the provider sends the browser back with the code (Spring Security's default path). */
  public static final String WORKBENCH_REDIRECT_PATH = "/login/oauth2/code/registry";

  public static final String WORKBENCH_REDIRECT_URI = WORKBENCH_URL + WORKBENCH_REDIRECT_PATH;

  /** Where the provider sends the browser after signing out of the workbench. */
  public static final String WORKBENCH_SIGNED_OUT_PATH = "/signed-out";

  public static final String REPORT_GENERATOR = "report-generator";
  public static final String DEMO_LOADER = "demo-loader";

  /** The scope every client may ask for: the registry's APIs. */
  public static final String SCOPE = "registry";

  /** The clients that get tokens for themselves with their secret. */
  public static final List<String> SELF_ACTING = List.of(REPORT_GENERATOR, DEMO_LOADER);

  /** The clients whose secret is kept in the data directory. */
  public static final List<String> CONFIDENTIAL = List.of(WORKBENCH, REPORT_GENERATOR, DEMO_LOADER);

  private RegistryClients() {}

  /**
   * The clients; the workbench's redirect URIs are under {@code workbenchUrl} (where its users'
   * browsers reach it).
   */
  public static List<RegisteredClient> registrations(
      ClientSecrets secrets, Duration tokenTtl, String workbenchUrl) {
    TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(tokenTtl).build();
    // No consent page: these are the registry's own clients, not third parties.
    ClientSettings pkce =
        ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build();
    RegisteredClient cli =
        builder(CLI)
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri(CLI_REDIRECT_URI)
            .scope(OidcScopes.OPENID)
            .scope(SCOPE)
            .clientSettings(pkce)
            .tokenSettings(tokens)
            .build();
    RegisteredClient workbench =
        confidential(WORKBENCH, secrets)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
            .redirectUri(workbenchUrl + WORKBENCH_REDIRECT_PATH)
            .postLogoutRedirectUri(workbenchUrl + WORKBENCH_SIGNED_OUT_PATH)
            .scope(OidcScopes.OPENID)
            .scope(OidcScopes.PROFILE)
            .scope(SCOPE)
            .clientSettings(pkce)
            .tokenSettings(tokens)
            .build();
    List<RegisteredClient> selfActing =
        SELF_ACTING.stream()
            .map(
                id ->
                    confidential(id, secrets)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scope(SCOPE)
                        .tokenSettings(tokens)
                        .build())
            .toList();
    return Stream.concat(Stream.of(cli, workbench), selfActing.stream()).toList();
  }

  private static RegisteredClient.Builder builder(String clientId) {
    return RegisteredClient.withId(UUID.nameUUIDFromBytes(clientId.getBytes()).toString())
        .clientId(clientId);
  }

  private static RegisteredClient.Builder confidential(String clientId, ClientSecrets secrets) {
    String secret =
        secrets
            .secret(clientId)
            .orElseThrow(() -> new IllegalStateException("No secret for " + clientId));
    // {noop}: the secret is kept in plain text beside the server anyway (the clients read it
    // there).
    return builder(clientId)
        .clientSecret("{noop}" + secret)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
  }
}
