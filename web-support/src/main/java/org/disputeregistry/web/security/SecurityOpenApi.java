package org.disputeregistry.web.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every operation of the OpenAPI documents declares its security: the bearer scheme, and the roles
 * its {@link Allowed} rule names, as {@value #ROLES_EXTENSION} and in its description. An operation
 * without a rule gets neither, which the security matrix test refuses.
 */
@Configuration(proxyBeanMethods = false)
class SecurityOpenApi {

  /** The scheme's name in the documents. */
  static final String SCHEME = "bearer";

  /** The extension of an operation that lists the roles allowed to call it. */
  public static final String ROLES_EXTENSION = "x-allowed-roles";

  @Bean
  OpenApiCustomizer bearerScheme() {
    return api -> {
      if (api.getComponents() == null) {
        api.setComponents(new Components());
      }
      api.getComponents()
          .addSecuritySchemes(
              SCHEME,
              new SecurityScheme()
                  .type(SecurityScheme.Type.HTTP)
                  .scheme("bearer")
                  .bearerFormat("JWT")
                  .description(
                      "An access token of the registry's OpenID Connect issuer; its roles and"
                          + " org claims decide what the caller may do"));
    };
  }

  @Bean
  OperationCustomizer allowedRoles() {
    return (operation, handler) -> {
      Allowed rule = AllowedRoles.ruleOf(handler);
      if (rule == null) {
        return operation;
      }
      List<String> roles = Arrays.stream(rule.value()).map(Role::name).toList();
      operation.addSecurityItem(new SecurityRequirement().addList(SCHEME));
      operation.addExtension(ROLES_EXTENSION, roles);
      String who = "Allowed roles: " + roles.stream().collect(Collectors.joining(", ")) + ".";
      operation.setDescription(
          operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
      operation
          .getResponses()
          .addApiResponse(
              "401",
              problem(
                  "UNAUTHENTICATED: no access token, or one expired, forged or of another"
                      + " issuer"));
      operation
          .getResponses()
          .addApiResponse(
              "403",
              problem(
                  "FORBIDDEN: the token's roles do not allow it; WRONG_ORGANISATION: the case"
                      + " belongs to another organisation"));
      return operation;
    };
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    "application/problem+json",
                    new MediaType().schema(new Schema<>().type("object"))));
  }
}
