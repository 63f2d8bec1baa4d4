package org.disputeregistry.web.security;

import java.util.Optional;

/**
 * The roles of the registry, as the access token's roles claim names them. A role the registry does
 * not know (an identity provider may give others) grants nothing.
 */
public enum Role {
  /** Opens and records reconsideration cases of the reconsideration office. */
  RECONSIDERATION_OFFICER,
  /** Records commercial mediation cases of their centre. */
  MEDIATOR,
  /** Records petitions and service contacts of their street (the district office: all streets). */
  PETITION_OFFICER,
  /** Reads statistics, breakdowns, case lists without personal data, exports. */
  ANALYST,
  /** Reads the yearly totals and the annual report. */
  REPORT_GENERATOR,
  /** Back-fill, rebuild, dead letters, actuator beyond health. */
  ADMIN;

  /** The Spring Security authority of this role. */
  public String authority() {
    return "ROLE_" + name();
  }

  static Optional<Role> named(String name) {
    for (Role role : values()) {
      if (role.name().equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
