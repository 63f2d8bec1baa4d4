package org.disputeregistry.workbench.signin;

import org.disputeregistry.web.security.Identity;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A signed-in user for the pages' tests of other packages (its constructor is the sign-in's). */
public final class RegistryUserForTests {

  private RegistryUserForTests() {}

  public static RegistryUser of(OidcUser user, Identity identity) {
    return new RegistryUser(user, identity);
  }
}
