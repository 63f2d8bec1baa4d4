package org.disputeregistry.web.security;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated caller of a request, from its access token.
 *
 * @param subject the token's {@code sub}: a staff account or a client id
 * @param organisation the organisation it acts for ({@code org}), or null if the token has none
 * @param roles the registry's roles the token grants
 */
public record Identity(String subject, String organisation, Set<Role> roles) {

  public Identity {
    roles = Set.copyOf(roles);
  }

  public boolean hasAny(Role... wanted) {
    for (Role role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /** The identity of the current request, or null if it is not authenticated by a token. */
  public static Identity current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication instanceof IdentityAuthentication token ? token.identity() : null;
  }
}
