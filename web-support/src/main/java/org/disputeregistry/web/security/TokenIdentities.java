package org.disputeregistry.web.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads the identity from a validated access token. The claim names are configuration, so that any
 * OpenID Connect provider works: {@code roles} may be a JSON array or a space-separated string, and
 * a dotted name reaches into an object (Keycloak's {@code realm_access.roles}).
 */
final class TokenIdentities implements Converter<Jwt, AbstractAuthenticationToken> {

  private final String rolesClaim;
  private final String organisationClaim;

  TokenIdentities(String rolesClaim, String organisationClaim) {
    this.rolesClaim = rolesClaim;
    this.organisationClaim = organisationClaim;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt token) {
    Object organisation = claim(token, organisationClaim);
    return new IdentityAuthentication(
        token,
        new Identity(
            token.getSubject(),
            organisation instanceof String org && !org.isBlank() ? org : null,
            roles(claim(token, rolesClaim))));
  }

  private static Set<Role> roles(Object claim) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (claim instanceof String names) {
      for (String name : names.trim().split("\\s+")) {
        Role.named(name).ifPresent(roles::add);
      }
    } else if (claim instanceof Collection<?> names) {
      for (Object name : names) {
        Optional.ofNullable(name).map(String::valueOf).flatMap(Role::named).ifPresent(roles::add);
      }
    }
    return roles;
  }

  private static Object claim(Jwt token, String dottedName) {
    Object value = token.getClaims();
    for (String part : dottedName.split("\\.")) {
      if (!(value instanceof Map<?, ?> object)) {
        return null;
      }
      value = object.get(part);
    }
    return value;
  }
}
