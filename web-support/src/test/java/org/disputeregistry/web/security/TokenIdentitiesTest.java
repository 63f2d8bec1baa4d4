package org.disputeregistry.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class TokenIdentitiesTest {

  private static Jwt token(Map<String, Object> claims) {
    Jwt.Builder token =
        Jwt.withTokenValue("t")
            .header("alg", "RS256")
            .subject("mediator.chen")
            .issuedAt(Instant.EPOCH)
            .expiresAt(Instant.EPOCH.plusSeconds(60));
    claims.forEach(token::claim);
    return token.build();
  }

  private static Identity identity(TokenIdentities identities, Map<String, Object> claims) {
    return ((IdentityAuthentication) identities.convert(token(claims))).identity();
  }

  @Test
  void readsSubjectRolesAndOrganisationKeepingOnlyTheRegistrysRoles() {
    Identity identity =
        identity(
            new TokenIdentities("sub", "roles", "org"),
            Map.of("roles", List.of("MEDIATOR", "offline_access"), "org", "CENTRE:SCIENCE_CITY"));

    assertThat(identity)
        .isEqualTo(
            new Identity("mediator.chen", "CENTRE:SCIENCE_CITY", java.util.Set.of(Role.MEDIATOR)));
  }

  @Test
  void readsRolesAsASpaceSeparatedStringOrFromANestedClaim() {
    assertThat(
            identity(new TokenIdentities("sub", "roles", "org"), Map.of("roles", "ANALYST ADMIN"))
                .roles())
        .containsExactlyInAnyOrder(Role.ANALYST, Role.ADMIN);
    assertThat(
            identity(
                    new TokenIdentities("sub", "realm_access.roles", "org"),
                    Map.of("realm_access", Map.of("roles", List.of("ADMIN")), "org", "DISTRICT"))
                .roles())
        .containsExactly(Role.ADMIN);
  }

  @Test
  void aTokenWithoutTheClaimsHasNoRoleAndNoOrganisation() {
    Identity identity = identity(new TokenIdentities("sub", "roles", "org"), Map.of("scope", "x"));

    assertThat(identity.roles()).isEmpty();
    assertThat(identity.organisation()).isNull();
  }

  @Test
  void theActorMayBeReadFromAnotherClaimAndATokenWithoutItIsRefused() {
    TokenIdentities keycloak = new TokenIdentities("preferred_username", "roles", "org");

    assertThat(identity(keycloak, Map.of("preferred_username", "officer.li")).subject())
        .isEqualTo("officer.li");
    assertThatThrownBy(() -> identity(keycloak, Map.of("roles", List.of("ADMIN"))))
        .isInstanceOf(InvalidBearerTokenException.class)
        .hasMessageContaining("preferred_username");
  }
}
