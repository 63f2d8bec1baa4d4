package org.disputeregistry.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disputeregistry.command.ApiTestBase;
import org.disputeregistry.testsupport.SecurityMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Every operation of the command API, generated from its OpenAPI document, called with no token,
 * bad tokens and the token of every role and organisation: each answers as its declared roles say
 * (see {@link SecurityMatrix}); an operation that declares none fails.
 */
class SecurityMatrixIT extends ApiTestBase {

  @Test
  void everyOperationAnswersEveryCallerAsItsDeclaredRolesSay() {
    String docs = http.getForObject("/v3/api-docs", String.class);
    List<SecurityMatrix.Operation> operations = SecurityMatrix.operations(docs);

    assertThat(operations).as("operations of the command API").hasSizeGreaterThan(50);
    assertThat(SecurityMatrix.violations(http.getRootUri(), operations)).isEmpty();
  }

  @Test
  void healthIsOpenAndTheRestOfTheActuatorIsForAdmins() {
    assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode().value())
        .isEqualTo(200);
    assertThat(http.getForEntity("/actuator/metrics", String.class).getStatusCode().value())
        .isEqualTo(401);
    assertThat(get("/actuator/metrics").getStatusCode().value()).as("as admin").isEqualTo(200);
    assertThat(
            org.disputeregistry.testsupport.Tokens.as(
                    http, org.disputeregistry.testsupport.Tokens.forAccount("analyst.liu"))
                .getForEntity("/actuator/metrics", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(403);
  }

  @Test
  void noOtherOriginMayCallFromABrowserAndNoCookieIsEverSet() {
    HttpHeaders preflight = new HttpHeaders();
    preflight.setOrigin("https://elsewhere.example");
    preflight.setAccessControlRequestMethod(HttpMethod.POST);
    preflight.setAccessControlRequestHeaders(List.of("Authorization", "Content-Type"));

    ResponseEntity<String> answer =
        http.exchange(
            "/api/reconsiderations", HttpMethod.OPTIONS, new HttpEntity<>(preflight), String.class);

    assertThat(answer.getHeaders().getAccessControlAllowOrigin()).isNull();
    assertThat(answer.getStatusCode().is2xxSuccessful()).isFalse();
    ResponseEntity<String> served = get("/api/reconsiderations/" + java.util.UUID.randomUUID());
    assertThat(served.getStatusCode().value()).isEqualTo(404);
    assertThat(served.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
  }
}
