package org.disputeregistry.query.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disputeregistry.testsupport.SecurityMatrix;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Every operation of the query API, generated from its OpenAPI document, called with no token, bad
 * tokens and the token of every role and organisation: each answers as its declared roles say (see
 * {@link SecurityMatrix}); an operation that declares none fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class SecurityMatrixIT {

  @Autowired TestRestTemplate anonymous;

  @Test
  void everyOperationAnswersEveryCallerAsItsDeclaredRolesSay() {
    String docs = anonymous.getForObject("/v3/api-docs", String.class);
    List<SecurityMatrix.Operation> operations = SecurityMatrix.operations(docs);

    assertThat(operations).as("operations of the query API").hasSizeGreaterThan(15);
    assertThat(SecurityMatrix.violations(anonymous.getRootUri(), operations)).isEmpty();
  }

  @Test
  void healthIsOpenAndTheRestOfTheActuatorNeedsAToken() {
    assertThat(anonymous.getForEntity("/actuator/health", String.class).getStatusCode().value())
        .isEqualTo(200);
    assertThat(anonymous.getForEntity("/actuator/info", String.class).getStatusCode().value())
        .isEqualTo(401);
  }
}
