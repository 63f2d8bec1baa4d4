package org.disputeregistry.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.method.HandlerMethod;

class AllowedRolesTest {

  private final AllowedRoles allowedRoles =
      new AllowedRoles(new SecurityProblems(new ObjectMapper()));

  static class Handlers {
    @Allowed(Role.MEDIATOR)
    void forMediators() {}

    void withoutARule() {}
  }

  @Allowed(Role.ADMIN)
  static class AdminHandlers {
    void anything() {}
  }

  @AfterEach
  void forget() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aHandlerWithoutARuleIsDeniedEvenToACallerWithEveryRole() throws Exception {
    authenticate(Role.values());
    MockHttpServletResponse response = new MockHttpServletResponse();

    boolean proceeds = allowedRoles.preHandle(request(), response, handler("withoutARule"));

    assertThat(proceeds).isFalse();
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getContentAsString()).contains("\"code\":\"FORBIDDEN\"");
  }

  @Test
  void aCallerWithAnAllowedRoleProceeds() throws Exception {
    authenticate(Role.MEDIATOR);

    assertThat(
            allowedRoles.preHandle(
                request(), new MockHttpServletResponse(), handler("forMediators")))
        .isTrue();
  }

  @Test
  void aCallerWithoutAnAllowedRoleIsForbidden() throws Exception {
    authenticate(Role.PETITION_OFFICER, Role.ANALYST);
    MockHttpServletResponse response = new MockHttpServletResponse();

    assertThat(allowedRoles.preHandle(request(), response, handler("forMediators"))).isFalse();
    assertThat(response.getStatus()).isEqualTo(403);
  }

  @Test
  void aRuleOnTheControllerCoversItsMethods() throws Exception {
    authenticate(Role.ADMIN);
    HandlerMethod anything =
        new HandlerMethod(new AdminHandlers(), AdminHandlers.class.getDeclaredMethod("anything"));

    assertThat(allowedRoles.preHandle(request(), new MockHttpServletResponse(), anything)).isTrue();
  }

  private static HandlerMethod handler(String name) throws NoSuchMethodException {
    return new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(name));
  }

  private static MockHttpServletRequest request() {
    return new MockHttpServletRequest("POST", "/api/somewhere");
  }

  private static void authenticate(Role... roles) {
    Jwt token =
        Jwt.withTokenValue("t")
            .header("alg", "RS256")
            .subject("someone")
            .issuedAt(Instant.EPOCH)
            .expiresAt(Instant.EPOCH.plusSeconds(60))
            .claim("roles", List.of())
            .build();
    SecurityContextHolder.getContext()
        .setAuthentication(
            new IdentityAuthentication(token, new Identity("someone", "DISTRICT", Set.of(roles))));
  }
}
