package org.disputeregistry.authserver;

import org.disputeregistry.authserver.directory.DemoDirectory;
import org.disputeregistry.authserver.directory.Role;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts {@code roles} and {@code org} into every access token: those of the signed-in account
 * (authorization code) or of the client acting for itself (client credentials, where the principal
 * is the client). A subject the directory does not know gets no roles, so it may do nothing.
 */
final class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

  static final String ROLES = "roles";
  static final String ORG = "org";

  private final DemoDirectory directory;

  AccessTokenClaims(DemoDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void customize(JwtEncodingContext context) {
    if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
      return;
    }
    directory
        .subject(context.getPrincipal().getName())
        .ifPresent(
            subject ->
                context
                    .getClaims()
                    .claim(ROLES, subject.roles().stream().map(Role::name).toList())
                    .claim(ORG, subject.org()));
  }
}
