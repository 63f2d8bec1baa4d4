package org.disputeregistry.web.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A request authenticated by a valid access token: its identity, and the token itself. */
final class IdentityAuthentication extends AbstractAuthenticationToken {

  private final transient Jwt token;
  private final Identity identity;

  IdentityAuthentication(Jwt token, Identity identity) {
    super(identity.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    this.token = token;
    this.identity = identity;
    setAuthenticated(true);
  }

  Identity identity() {
    return identity;
  }

  @Override
  public Object getCredentials() {
    return token;
  }

  @Override
  public Object getPrincipal() {
    return identity;
  }

  @Override
  public String getName() {
    return identity.subject();
  }
}
