package org.disputeregistry.workbench.signin;

import java.util.Collection;
import java.util.Set;
import org.disputeregistry.web.security.Identity;
import org.disputeregistry.web.security.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in user: the OpenID Connect user plus the identity its access token gives (the account
 * the services record as actor, its roles as authorities, its organisation). Kept in the session.
 */
public final class RegistryUser extends DefaultOidcUser {

  private static final long serialVersionUID = 1L;

  private final String account;
  private final String organisation;
  private final Set<Role> roles;

  RegistryUser(OidcUser user, Identity identity) {
    super(authorities(identity.roles()), user.getIdToken(), user.getUserInfo());
    this.account = identity.subject();
    this.organisation = identity.organisation();
    this.roles = Set.copyOf(identity.roles());
  }

  /** The account name (the access token's subject claim), as the services record it. */
  public String account() {
    return account;
  }

  /** The organisation the user acts for (the {@code org} claim), or null if the token has none. */
  public String organisation() {
    return organisation;
  }

  public Set<Role> roles() {
    return roles;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  @Override
  public String getName() {
    return account;
  }

  private static Collection<GrantedAuthority> authorities(Set<Role> roles) {
    return roles.stream()
        .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
        .toList();
  }
}
