package org.disputeregistry.workbench.layout;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disputeregistry.web.security.Role;

/**
 * What a user may do in the workbench, by role, as the APIs allow it: the navigation and the home
 * page's list. A task without a path is announced but not built yet.
 */
public enum Task {
  NEW_RECONSIDERATION("/reconsiderations/new", Role.RECONSIDERATION_OFFICER),
  CASE_LOOKUP("/cases", Role.RECONSIDERATION_OFFICER, Role.MEDIATOR, Role.PETITION_OFFICER),
  WORK_QUEUE("/queue", Role.RECONSIDERATION_OFFICER, Role.MEDIATOR, Role.PETITION_OFFICER),
  NEW_MEDIATION("/commercial-mediations/new", Role.MEDIATOR),
  NEW_PETITION("/petitions/new", Role.PETITION_OFFICER),
  NEW_SERVICE_DAY("/service-contacts/new", Role.PETITION_OFFICER),
  CASE_SEARCH(
      "/search", Role.ANALYST, Role.RECONSIDERATION_OFFICER, Role.MEDIATOR, Role.PETITION_OFFICER),
  DASHBOARD("/dashboard", Role.ANALYST),
  ANNUAL_REPORT("/report", Role.ANALYST, Role.REPORT_GENERATOR),
  ADMINISTRATION("/admin", Role.ADMIN);

  private final String path;
  private final Set<Role> roles;

  Task(String path, Role... roles) {
    this.path = path;
    this.roles = EnumSet.copyOf(Arrays.asList(roles));
  }

  /** The page of the task, or empty while it is still to come. */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /** The key of its name in the messages. */
  public String messageKey() {
    return "task." + name();
  }

  /** The tasks that {@code roles} allow, in this order. */
  public static List<Task> of(Set<Role> roles) {
    return Arrays.stream(values())
        .filter(task -> task.roles.stream().anyMatch(roles::contains))
        .toList();
  }
}
