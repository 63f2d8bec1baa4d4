package org.disputeregistry.workbench.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.disputeregistry.web.security.Role;
import org.disputeregistry.workbench.signin.RegistryUser;

/**
 * The command API's case collections and the role that may read their cases and record their steps.
 */
public enum CaseCollection {
  RECONSIDERATIONS("reconsiderations", Role.RECONSIDERATION_OFFICER),
  COMMERCIAL_MEDIATIONS("commercial-mediations", Role.MEDIATOR),
  PETITIONS("petitions", Role.PETITION_OFFICER),
  SERVICE_CONTACTS("service-contacts", Role.PETITION_OFFICER);

  private final String path;
  private final Role role;

  CaseCollection(String path, Role role) {
    this.path = path;
    this.role = role;
  }

  /** Its name in the API's paths and in the workbench's. */
  public String path() {
    return path;
  }

  static Optional<CaseCollection> ofPath(String path) {
    return Arrays.stream(values()).filter(c -> c.path.equals(path)).findFirst();
  }

  /** Whether the user's roles may record (and correct) the steps of the collection's cases. */
  boolean recordableBy(RegistryUser user) {
    return user.has(role);
  }

  /** The collections whose cases the user's roles may read. */
  static List<CaseCollection> readableBy(RegistryUser user) {
    return Arrays.stream(values()).filter(c -> user.has(c.role)).toList();
  }
}
