package org.disputeregistry.workbench.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.disputeregistry.web.security.Role;
import org.junit.jupiter.api.Test;

class TaskTest {

  @Test
  void eachRoleIsOfferedWhatItsApisAllowAndNothingElse() {
    assertThat(Task.of(Set.of(Role.RECONSIDERATION_OFFICER)))
        .containsExactly(Task.NEW_RECONSIDERATION, Task.CASE_LOOKUP, Task.WORK_QUEUE);
    assertThat(Task.of(Set.of(Role.MEDIATOR)))
        .containsExactly(Task.CASE_LOOKUP, Task.WORK_QUEUE, Task.NEW_MEDIATION);
    assertThat(Task.of(Set.of(Role.ANALYST)))
        .containsExactly(Task.CASE_SEARCH, Task.DASHBOARD, Task.ANNUAL_REPORT);
    assertThat(Task.of(Set.of(Role.ADMIN))).containsExactly(Task.ADMINISTRATION);
    assertThat(Task.of(Set.of())).isEmpty();
  }

  @Test
  void onlyTheBuiltPagesHaveAPath() {
    assertThat(Task.NEW_RECONSIDERATION.path()).contains("/reconsiderations/new");
    assertThat(Task.CASE_LOOKUP.path()).contains("/cases");
    assertThat(Task.DASHBOARD.path()).contains("/dashboard");
    assertThat(Task.ANNUAL_REPORT.path()).contains("/report");
  }
}
