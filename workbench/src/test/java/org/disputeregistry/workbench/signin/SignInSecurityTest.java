package org.disputeregistry.workbench.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.disputeregistry.web.security.Identity;
import org.disputeregistry.web.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The sign-in rules of every page, without a provider (its endpoints are never called): who is sent
 * to sign in, with PKCE; what is open; which role reaches which page; CSRF on every form; the
 * language.
 */
@SpringBootTest(
    properties = {
      "REGISTRY_WORKBENCH_CLIENT_SECRET=test-secret",
      // nothing listens there: a call to the command side is a service that does not answer
      "registry.workbench.command-url=http://localhost:9",
    })
@AutoConfigureMockMvc
class SignInSecurityTest {

  private static final String PROVIDER = "http://provider.invalid";

  /** The registration as the provider's discovery would give it, without asking it. */
  @TestConfiguration
  static class Provider {
    @Bean
    ClientRegistrationRepository clientRegistrationRepository() {
      return new InMemoryClientRegistrationRepository(
          ClientRegistration.withRegistrationId("registry")
              .clientId("workbench")
              .clientSecret("test-secret")
              .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
              .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
              .scope("openid", "profile", "registry")
              .authorizationUri(PROVIDER + "/oauth2/authorize")
              .tokenUri(PROVIDER + "/oauth2/token")
              .jwkSetUri(PROVIDER + "/oauth2/jwks")
              .issuerUri(PROVIDER)
              .userNameAttributeName("sub")
              .build());
    }
  }

  @Autowired MockMvc mvc;

  private static RegistryUser registryUser(String account, String org, Role role) {
    OidcIdToken idToken =
        new OidcIdToken(
            "id-token", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", account));
    return new RegistryUser(
        new DefaultOidcUser(Set.of(), idToken), new Identity(account, org, Set.of(role)));
  }

  private static RequestPostProcessor signedIn(String account, String org, Role role) {
    return oidcLogin().oidcUser(registryUser(account, org, role));
  }

  @Test
  void aPageSendsWhoIsNotSignedInToTheProviderWithPkce() throws Exception {
    mvc.perform(get("/reconsiderations/new"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("http://localhost/oauth2/authorization/registry"));

    String location =
        mvc.perform(get("/oauth2/authorization/registry"))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getHeader("Location");

    assertThat(location)
        .startsWith(PROVIDER + "/oauth2/authorize?")
        .contains("client_id=workbench")
        .contains("scope=openid%20profile%20registry")
        .contains("code_challenge=")
        .contains("code_challenge_method=S256");
  }

  @Test
  void healthTheAssetsAndTheSignedOutPageAreOpen() throws Exception {
    for (String open :
        new String[] {
          "/actuator/health",
          "/css/workbench.css",
          "/webjars/htmx.org/dist/htmx.min.js",
          "/webjars/echarts/dist/echarts.min.js",
          "/signed-out"
        }) {
      mvc.perform(get(open)).andExpect(status().isOk());
    }
  }

  @Test
  void theReconsiderationFormIsForItsOfficersOnly() throws Exception {
    // The officer is let through to the form, which is built from the command side's API
    // description: here a command side that does not answer.
    mvc.perform(
            get("/reconsiderations/new")
                .with(
                    signedIn("officer.li", "RECONSIDERATION_OFFICE", Role.RECONSIDERATION_OFFICER)))
        .andExpect(status().isServiceUnavailable())
        .andExpect(content().string(containsString("登记行政复议申请")))
        .andExpect(content().string(containsString("区行政复议机构")));
    mvc.perform(
            get("/commercial-mediations/new")
                .with(
                    signedIn("officer.li", "RECONSIDERATION_OFFICE", Role.RECONSIDERATION_OFFICER)))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/commercial-mediations/new")
                .with(signedIn("mediator.chen", "CENTRE:SCIENCE_CITY", Role.MEDIATOR)))
        .andExpect(status().isServiceUnavailable());

    mvc.perform(
            get("/reconsiderations/new").with(signedIn("analyst.liu", "DISTRICT", Role.ANALYST)))
        .andExpect(status().isForbidden())
        .andExpect(forwardedUrl("/forbidden"));
    mvc.perform(get("/forbidden").with(signedIn("analyst.liu", "DISTRICT", Role.ANALYST)))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("无权访问")));
  }

  @Test
  void aFormSentWithoutItsCsrfTokenIsRefusedAndNothingIsCalled() throws Exception {
    RequestPostProcessor officer =
        signedIn("officer.li", "RECONSIDERATION_OFFICE", Role.RECONSIDERATION_OFFICER);

    mvc.perform(post("/reconsiderations").with(officer).param("caseNumber", "x"))
        .andExpect(status().isForbidden());

    // With its token the form reaches the command side (here: one that does not answer).
    mvc.perform(post("/reconsiderations").with(officer).with(csrf()).param("caseNumber", "x"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(content().string(containsString("服务暂时无法访问")))
        // in the layout, with who is signed in
        .andExpect(content().string(containsString("id=\"user-account\">officer.li<")));
  }

  @Test
  void aSessionWithoutTokensSignsInAgainAndComesBackToThePage() throws Exception {
    // Signed in, but the session holds no tokens (dropped after a failed renewal or a refusal).
    RegistryUser user =
        registryUser("officer.li", "RECONSIDERATION_OFFICE", Role.RECONSIDERATION_OFFICER);
    String page = "/cases/reconsiderations/3f2b8c1e-6d4a-4b7e-9c1a-0e5d2f7a9b10";

    mvc.perform(
            get(page)
                .with(
                    authentication(
                        new OAuth2AuthenticationToken(user, user.getAuthorities(), "registry"))))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/oauth2/authorization/registry"))
        .andExpect(
            result ->
                assertThat(
                        new HttpSessionRequestCache()
                            .getRequest(result.getRequest(), result.getResponse())
                            .getRedirectUrl())
                    .contains(page));
  }

  @Test
  void chineseByDefaultEnglishBySwitchRememberedInACookie() throws Exception {
    RequestPostProcessor analyst = signedIn("analyst.liu", "DISTRICT", Role.ANALYST);

    mvc.perform(get("/").with(analyst).header("Accept-Language", "en-US"))
        .andExpect(content().string(containsString("我的工作")))
        .andExpect(content().string(containsString("lang=\"zh-CN\"")));

    mvc.perform(get("/").with(analyst).param("lang", "en"))
        .andExpect(cookie().value("WORKBENCH_LANG", "en"))
        .andExpect(content().string(containsString("My work")))
        .andExpect(content().string(containsString("District-wide")))
        .andExpect(header().doesNotExist("Location"));
  }
}
