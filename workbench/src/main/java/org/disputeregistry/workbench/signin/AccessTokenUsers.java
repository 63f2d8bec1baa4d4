package org.disputeregistry.workbench.signin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.disputeregistry.web.security.Identity;
import org.disputeregistry.web.security.TokenIdentities;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Loads the signed-in user and reads its identity from the access token, the token the services
 * will be sent: the same claims, read by the same code ({@link TokenIdentities}), so the pages
 * offer what the APIs allow. The token is verified against the issuer's keys first.
 */
final class AccessTokenUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService users = new OidcUserService();
  private final TokenIdentities identities;

  /** One decoder per issuer, made at the first sign-in (the provider may start after us). */
  private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

  AccessTokenUsers(TokenIdentities identities) {
    this.identities = identities;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = users.loadUser(request);
    String issuer = request.getClientRegistration().getProviderDetails().getIssuerUri();
    Jwt token;
    try {
      token =
          decoders
              .computeIfAbsent(issuer, JwtDecoders::fromIssuerLocation)
              .decode(request.getAccessToken().getTokenValue());
    } catch (JwtException e) {
      throw refused("The access token could not be verified: " + e.getMessage());
    }
    Identity identity =
        identities
            .identity(token.getClaims())
            .orElseThrow(() -> refused("The access token names no subject"));
    return new RegistryUser(user, identity);
  }

  private static OAuth2AuthenticationException refused(String description) {
    return new OAuth2AuthenticationException(new OAuth2Error("invalid_token", description, null));
  }
}
