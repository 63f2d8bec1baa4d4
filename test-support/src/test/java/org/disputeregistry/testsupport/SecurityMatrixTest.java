package org.disputeregistry.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityMatrixTest {

  private static final String DOCS =
      """
      {"paths":{
        "/api/ruled":{"get":{"security":[{"bearer":[]}],"x-allowed-roles":["ANALYST"]}},
        "/api/forgotten":{"post":{"requestBody":{"content":{"application/json":{}}}}}}}""";

  @Test
  void readsEachOperationsDeclaredRoles() {
    assertThat(SecurityMatrix.operations(DOCS))
        .containsExactly(
            new SecurityMatrix.Operation("GET", "/api/ruled", null, List.of("ANALYST")),
            new SecurityMatrix.Operation("POST", "/api/forgotten", "application/json", null));
  }

  @Test
  void anOperationWithoutDeclaredRolesIsAViolationWithoutBeingCalled() {
    List<SecurityMatrix.Operation> forgotten =
        SecurityMatrix.operations(DOCS).stream().filter(o -> o.roles() == null).toList();

    assertThat(SecurityMatrix.violations("http://localhost:1", forgotten))
        .singleElement()
        .asString()
        .startsWith("POST /api/forgotten: declares no roles");
  }
}
