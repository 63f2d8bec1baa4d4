package org.disputeregistry.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Both services are OAuth 2 resource servers: every request but health and the API description
 * needs a valid JWT access token of the configured issuer ({@code
 * spring.security.oauth2.resourceserver.jwt.issuer-uri}), and then a role its operation allows
 * ({@link AllowedRoles}). A token's signature is checked once, at its first use ({@link
 * ValidatedTokens}).
 *
 * <p>Stateless: no session, no cookie, no request cache. CSRF protection is off because it protects
 * what a browser sends by itself (cookies, basic credentials) and the APIs accept neither: a bearer
 * token is only sent by a client that holds it, so a cross-site request arrives without one and is
 * a 401. CORS is closed (no origin may read the answers) unless {@code
 * registry.security.cors.allowed-origins} names origins.
 */
@Configuration(proxyBeanMethods = false)
@Import(SecurityOpenApi.class)
public class RegistrySecurity implements WebMvcConfigurer {

  /** Open to anyone: liveness and readiness, and the API's description. */
  static final String[] PUBLIC_PATHS = {
    "/actuator/health",
    "/actuator/health/**",
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/v3/api-docs.yaml",
    "/swagger-ui.html",
    "/swagger-ui/**",
    "/error"
  };

  private final SecurityProblems problems;

  RegistrySecurity(ObjectMapper json) {
    this.problems = new SecurityProblems(json);
  }

  @Bean
  SecurityFilterChain registrySecurityFilterChain(
      HttpSecurity http,
      JwtDecoder tokens,
      @Value("${registry.security.subject-claim:sub}") String subjectClaim,
      @Value("${registry.security.roles-claim:roles}") String rolesClaim,
      @Value("${registry.security.org-claim:org}") String organisationClaim)
      throws Exception {
    return http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .cors(cors -> {})
        .requestCache(cache -> cache.disable())
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(PUBLIC_PATHS)
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasAuthority(Role.ADMIN.authority())
                    .anyRequest()
                    .authenticated())
        .oauth2ResourceServer(
            server ->
                server
                    .jwt(
                        jwt ->
                            jwt.decoder(new ValidatedTokens(tokens))
                                .jwtAuthenticationConverter(
                                    new TokenIdentities(
                                        subjectClaim, rolesClaim, organisationClaim)))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .build();
  }

  /** Spring Security's firewall, its header checks without regular expressions. */
  @Bean
  HttpFirewall httpFirewall() {
    return HeaderFirewall.strict();
  }

  /**
   * Spring Security's filters, authentications and authorizations are not observed at all: with
   * {@code management.observations.enable.spring.security=false} alone their observations are
   * no-ops, but every filter of the chain is still wrapped to make them. The request itself is
   * still observed as {@code http.server.requests}; the security checks are unchanged.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  /** No origin may read the APIs' answers from a browser unless configured. */
  @Bean
  CorsConfigurationSource corsConfigurationSource(
      @Value("${registry.security.cors.allowed-origins:}") List<String> allowedOrigins) {
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    if (!allowedOrigins.isEmpty()) {
      CorsConfiguration cors = new CorsConfiguration();
      cors.setAllowedOrigins(allowedOrigins);
      cors.setAllowedMethods(List.of("GET", "POST"));
      cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Accept"));
      cors.setExposedHeaders(List.of("ETag", "Location", "Retry-After"));
      cors.setAllowCredentials(false);
      source.registerCorsConfiguration("/api/**", cors);
    }
    return source;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new AllowedRoles(problems)).excludePathPatterns(PUBLIC_PATHS);
  }
}
