package org.disputeregistry.authserver;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.disputeregistry.authserver.clients.RegistryClients;
import org.disputeregistry.authserver.data.ClientSecrets;
import org.disputeregistry.authserver.data.IssuerFile;
import org.disputeregistry.authserver.data.SigningKey;
import org.disputeregistry.authserver.directory.DemoDirectory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The protocol endpoints (authorize, token, JWKS, OIDC discovery) and a form login for the demo
 * accounts. Registered clients and authorizations are kept in memory: the tokens are JWTs, so a
 * restart invalidates none of them; the signing key and the client secrets are kept on disk.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private final AuthProperties properties;

  SecurityConfiguration(AuthProperties properties) {
    this.properties = properties;
  }

  @Bean
  @Order(1)
  SecurityFilterChain protocolEndpoints(HttpSecurity http) throws Exception {
    OAuth2AuthorizationServerConfigurer server =
        OAuth2AuthorizationServerConfigurer.authorizationServer();
    http.securityMatcher(server.getEndpointsMatcher())
        .with(server, s -> s.oidc(Customizer.withDefaults()))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        // The OIDC user info endpoint takes the access tokens this server issued.
        .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
        // A browser (or ./run.sh token acting as one) that is not signed in goes to the form.
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"),
                    new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain signIn(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(Customizer.withDefaults());
    return http.build();
  }

  @Bean
  DemoDirectory demoDirectory() {
    return DemoDirectory.load();
  }

  /** The demo accounts, all with the directory's (demo-only) password. */
  @Bean
  UserDetailsService demoAccounts(DemoDirectory directory) {
    return new InMemoryUserDetailsManager(
        directory.accounts().stream()
            .map(
                account ->
                    User.withUsername(account.username())
                        .password("{noop}" + directory.password())
                        .roles(account.roles().stream().map(Enum::name).toArray(String[]::new))
                        .build())
            .toList());
  }

  @Bean
  RegisteredClientRepository registeredClients() {
    ClientSecrets secrets =
        ClientSecrets.loadOrCreate(properties.dataDir(), RegistryClients.CONFIDENTIAL);
    return new InMemoryRegisteredClientRepository(
        RegistryClients.registrations(
            secrets, properties.accessTokenTtl(), properties.workbenchUrl()));
  }

  @Bean
  JWKSource<SecurityContext> jwkSource() {
    return new ImmutableJWKSet<>(new JWKSet(SigningKey.loadOrCreate(properties.dataDir())));
  }

  @Bean
  JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
    return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
  }

  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> accessTokenClaims(DemoDirectory directory) {
    return new AccessTokenClaims(directory);
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings() {
    return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
  }

  @EventListener(ApplicationReadyEvent.class)
  void noteIssuer() {
    IssuerFile.write(properties.dataDir(), properties.issuer());
  }
}
