package org.disputeregistry.workbench.signin;

import org.disputeregistry.web.security.Role;
import org.disputeregistry.web.security.TokenIdentities;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizedClientRefreshedEventListener;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every page needs a signed-in user; only health, the assets and the signed-out page are open. A
 * user who is not signed in is sent to the provider's sign-in (the one registration, {@code
 * registry}); the code comes back to {@code /login/oauth2/code/registry} and is exchanged with the
 * client's secret and the PKCE verifier. The tokens stay in the session (server side); the browser
 * only holds the session cookie, so CSRF protection is on for every form.
 */
@Configuration(proxyBeanMethods = false)
class SignInSecurity {

  /** The pages of reconsideration cases: for their officers only, as the API allows. */
  static final String RECONSIDERATION_PAGES = "/reconsiderations/**";

  /** The new-case pages of commercial mediations: for mediators, as the API allows. */
  static final String MEDIATION_PAGES = "/commercial-mediations/**";

  /** The new-case pages of petitions and of service days: for petition officers, as the API. */
  static final String[] PETITION_PAGES = {"/petitions/**", "/service-contacts/**"};

  /** The administration pages (back-fill, dead letters, rebuild): for admins, as the APIs allow. */
  static final String ADMIN_PAGES = "/admin/**";

  /** The analyst's dashboard: the statistics API is for analysts only. */
  static final String DASHBOARD_PAGES = "/dashboard/**";

  /** The annual report: for analysts and report writers, as the API allows. */
  static final String REPORT_PAGES = "/report/**";

  @Bean
  AccessTokenUsers accessTokenUsers(
      @Value("${registry.security.subject-claim:sub}") String subjectClaim,
      @Value("${registry.security.roles-claim:roles}") String rolesClaim,
      @Value("${registry.security.org-claim:org}") String organisationClaim) {
    return new AccessTokenUsers(new TokenIdentities(subjectClaim, rolesClaim, organisationClaim));
  }

  /**
   * When the tokens are renewed, the signed-in user is loaded again from the new ones, the same
   * way: its ID token stays the provider's current one (signing out names it) and its roles follow
   * the provider's.
   */
  @Bean
  OidcAuthorizedClientRefreshedEventListener renewedUsers(AccessTokenUsers users) {
    OidcAuthorizedClientRefreshedEventListener listener =
        new OidcAuthorizedClientRefreshedEventListener();
    listener.setUserService(users);
    return listener;
  }

  @Bean
  SecurityFilterChain workbenchSecurityFilterChain(
      HttpSecurity http, ClientRegistrationRepository registrations, AccessTokenUsers users)
      throws Exception {
    return http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/signed-out",
                        "/error")
                    .permitAll()
                    .requestMatchers(RECONSIDERATION_PAGES)
                    .hasAuthority(Role.RECONSIDERATION_OFFICER.authority())
                    .requestMatchers(MEDIATION_PAGES)
                    .hasAuthority(Role.MEDIATOR.authority())
                    .requestMatchers(PETITION_PAGES)
                    .hasAuthority(Role.PETITION_OFFICER.authority())
                    .requestMatchers("/admin", ADMIN_PAGES)
                    .hasAuthority(Role.ADMIN.authority())
                    .requestMatchers(DASHBOARD_PAGES)
                    .hasAuthority(Role.ANALYST.authority())
                    .requestMatchers(REPORT_PAGES)
                    .hasAnyAuthority(Role.ANALYST.authority(), Role.REPORT_GENERATOR.authority())
                    .anyRequest()
                    .authenticated())
        .oauth2Login(
            login ->
                login
                    .authorizationEndpoint(
                        endpoint -> endpoint.authorizationRequestResolver(withPkce(registrations)))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users)))
        .logout(logout -> logout.logoutSuccessHandler(signOutAtTheProvider(registrations)))
        .exceptionHandling(exceptions -> exceptions.accessDeniedPage("/forbidden"))
        .build();
  }

  /**
   * PKCE for a confidential client too: a code intercepted on its way back is useless without the
   * verifier kept in this session (the provider requires it of the workbench client).
   */
  private static DefaultOAuth2AuthorizationRequestResolver withPkce(
      ClientRegistrationRepository registrations) {
    DefaultOAuth2AuthorizationRequestResolver resolver =
        new DefaultOAuth2AuthorizationRequestResolver(
            registrations,
            OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    return resolver;
  }

  /**
   * Signing out ends the provider's session too (OpenID Connect RP-initiated logout), else the next
   * page would sign the same user in again without asking.
   */
  private static OidcClientInitiatedLogoutSuccessHandler signOutAtTheProvider(
      ClientRegistrationRepository registrations) {
    OidcClientInitiatedLogoutSuccessHandler handler =
        new OidcClientInitiatedLogoutSuccessHandler(registrations);
    handler.setPostLogoutRedirectUri("{baseUrl}/signed-out");
    return handler;
  }
}
