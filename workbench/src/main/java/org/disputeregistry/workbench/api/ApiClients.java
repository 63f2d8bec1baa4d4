package org.disputeregistry.workbench.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizationCodeOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.DelegatingOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * A client per service, each sending the signed-in user's access token of the {@code registry}
 * registration: the token kept in the session, refreshed with the refresh token once it has
 * expired. A token a service refuses (401) is dropped from the session, so that the next page gets
 * a new one.
 */
@Configuration(proxyBeanMethods = false)
class ApiClients {

  private static final Logger log = LoggerFactory.getLogger(ApiClients.class);

  static final String REGISTRATION = "registry";

  /** Tokens of the user of the current request, kept in its session. */
  @Bean
  OAuth2AuthorizedClientManager authorizedClientManager(
      ClientRegistrationRepository registrations,
      OAuth2AuthorizedClientRepository tokens,
      ApplicationEventPublisher events) {
    DefaultOAuth2AuthorizedClientManager manager =
        new DefaultOAuth2AuthorizedClientManager(registrations, tokens);
    // A renewal is published, so that the signed-in user is renewed too (its new ID token, for
    // signing out at the provider, and its roles): OidcAuthorizedClientRefreshedEventListener.
    RefreshTokenOAuth2AuthorizedClientProvider renew =
        new RefreshTokenOAuth2AuthorizedClientProvider();
    renew.setApplicationEventPublisher(events);
    manager.setAuthorizedClientProvider(
        new DelegatingOAuth2AuthorizedClientProvider(
            new AuthorizationCodeOAuth2AuthorizedClientProvider(), renew));
    // What the default does (keep the new tokens in the session), and say so: the manager calls
    // this only when it got new tokens, i.e. renewed them with the refresh token.
    manager.setAuthorizationSuccessHandler(
        (client, principal, attributes) -> {
          tokens.saveAuthorizedClient(
              client,
              principal,
              (HttpServletRequest) attributes.get(HttpServletRequest.class.getName()),
              (HttpServletResponse) attributes.get(HttpServletResponse.class.getName()));
          log.debug("Renewed the access token of a session");
        });
    return manager;
  }

  @Bean
  Apis apis(
      RestClient.Builder builder,
      OAuth2AuthorizedClientManager manager,
      OAuth2AuthorizedClientRepository tokens,
      ApiProperties properties,
      ObjectMapper json) {
    OAuth2ClientHttpRequestInterceptor withToken = new OAuth2ClientHttpRequestInterceptor(manager);
    withToken.setClientRegistrationIdResolver(request -> REGISTRATION);
    withToken.setAuthorizationFailureHandler(
        OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(tokens));
    return new Apis(
        api(builder, withToken, properties.commandUrl(), json),
        api(builder, withToken, properties.queryUrl(), json));
  }

  @Bean
  Uploads uploads(
      OAuth2AuthorizedClientManager manager, ApiProperties properties, ObjectMapper json) {
    return new Uploads(properties.commandUrl(), properties.uploadTimeout(), manager, json);
  }

  private static Api api(
      RestClient.Builder builder,
      OAuth2ClientHttpRequestInterceptor withToken,
      URI baseUrl,
      ObjectMapper json) {
    return new Api(
        builder.clone().baseUrl(baseUrl.toString()).requestInterceptor(withToken).build(), json);
  }
}
