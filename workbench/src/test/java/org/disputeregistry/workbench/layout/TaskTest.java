package org.disputeregistry.workbench.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.disputeregistry.web.security.Role;
import org.junit.jupiter.api.Test;

class TaskTest {

  @Test
  void eachRoleIsOfferedWhatItsApisAllowAndNothingElse() {
    assertThat(Task.of(Set.of(Role.RECONSIDERATION_OFFICER)))
        .containsExactly(
            Task.NEW_RECONSIDERATION, Task.CASE_LOOKUP, Task.WORK_QUEUE, Task.CASE_SEARCH);
    assertThat(Task.of(Set.of(Role.MEDIATOR)))
        .containsExactly(Task.CASE_LOOKUP, Task.WORK_QUEUE, Task.NEW_MEDIATION, Task.CASE_SEARCH);
    assertThat(Task.of(Set.of(Role.PETITION_OFFICER)))
        .containsExactly(
            Task.CASE_LOOKUP,
            Task.WORK_QUEUE,
            Task.NEW_PETITION,
            Task.NEW_SERVICE_DAY,
            Task.CASE_SEARCH);
    assertThat(Task.of(Set.of(Role.ANALYST)))
        .containsExactly(Task.CASE_SEARCH, Task.DASHBOARD, Task.ANNUAL_REPORT);
    assertThat(Task.of(Set.of(Role.ADMIN))).containsExactly(Task.ADMINISTRATION);
    assertThat(Task.of(Set.of())).isEmpty();
  }

  @Test
  void everyTaskHasItsPage() {
    assertThat(Task.NEW_RECONSIDERATION.path()).contains("/reconsiderations/new");
    assertThat(Task.CASE_LOOKUP.path()).contains("/cases");
    assertThat(Task.NEW_MEDIATION.path()).contains("/commercial-mediations/new");
    assertThat(Task.WORK_QUEUE.path()).contains("/queue");
    assertThat(Task.CASE_SEARCH.path()).contains("/search");
    assertThat(Task.ADMINISTRATION.path()).contains("/admin");
    assertThat(Task.DASHBOARD.path()).contains("/dashboard");
    assertThat(Task.ANNUAL_REPORT.path()).contains("/report");
  }
}
