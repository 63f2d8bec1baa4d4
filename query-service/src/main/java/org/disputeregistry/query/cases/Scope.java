package org.disputeregistry.query.cases;

import org.disputeregistry.web.security.Identity;
import org.disputeregistry.web.security.Role;

/**
 * Whose cases a caller may list: every case (an analyst), or the cases that the caller's
 * organisation may write ({@link org.disputeregistry.events.Ownership#mayWrite}: its own; the
 * district petition office every street's petitions), whatever the request asks for.
 *
 * @param organisation the organisation the caller acts for (the token's {@code org}), null for
 *     none: then no case
 */
public record Scope(boolean everyCase, String organisation) {

  public static final Scope EVERY_CASE = new Scope(true, null);

  public static Scope of(String organisation) {
    return new Scope(false, organisation);
  }

  /** Analysts read every case; anyone else the cases of the organisation the token names. */
  public static Scope of(Identity caller) {
    return caller.hasAny(Role.ANALYST) ? EVERY_CASE : of(caller.organisation());
  }
}
