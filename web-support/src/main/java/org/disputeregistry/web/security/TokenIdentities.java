package org.disputeregistry.web.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Reads the identity from a validated access token. The claim names are configuration, so that any
 * OpenID Connect provider works: {@code roles} may be a JSON array or a space-separated string, a
 * dotted name reaches into an object (Keycloak's {@code realm_access.roles}), and the subject
 * recorded as actor may be another claim than {@code sub} (Keycloak's {@code sub} is an internal
 * UUID, its account name {@code preferred_username}). A token without that subject is refused.
 *
 * <p>Public for the workbench, which reads the identity of its signed-in user from the access token
 * it holds the same way the services read it from the token they are sent.
 */
public final class TokenIdentities implements Converter<Jwt, AbstractAuthenticationToken> {

  private final String subjectClaim;
  private final String rolesClaim;
  private final String organisationClaim;

  public TokenIdentities(String subjectClaim, String rolesClaim, String organisationClaim) {
    this.subjectClaim = subjectClaim;
    this.rolesClaim = rolesClaim;
    this.organisationClaim = organisationClaim;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt token) {
    return new IdentityAuthentication(
        token,
        identity(token.getClaims())
            .orElseThrow(
                () ->
                    new InvalidBearerTokenException(
                        "The access token names no subject in " + subjectClaim)));
  }

  /** The identity the claims of an access token give, or empty if they name no subject. */
  public Optional<Identity> identity(Map<String, Object> claims) {
    String subject = text(claim(claims, subjectClaim));
    if (subject == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Identity(
            subject, text(claim(claims, organisationClaim)), roles(claim(claims, rolesClaim))));
  }

  private static String text(Object claim) {
    return claim instanceof String text && !text.isBlank() ? text : null;
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

  private static Object claim(Map<String, Object> claims, String dottedName) {
    Object value = claims;
    for (String part : dottedName.split("\\.")) {
      if (!(value instanceof Map<?, ?> object)) {
        return null;
      }
      value = object.get(part);
    }
    return value;
  }
}
