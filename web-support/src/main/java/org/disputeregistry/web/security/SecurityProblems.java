package org.disputeregistry.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.disputeregistry.web.ProblemCode;
import org.disputeregistry.web.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a request that security stops as a problem detail, like every other refusal: 401 {@code
 * UNAUTHENTICATED} (no token, or one that is expired, forged, unsigned or of another issuer; the
 * {@code WWW-Authenticate} header says which, per RFC 6750) and 403 {@code FORBIDDEN} (a valid
 * token without a role the operation allows). The detail never echoes the token.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final AuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
  private final AccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();
  private final ObjectMapper json;

  SecurityProblems(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException, ServletException {
    bearer.commence(request, response, e);
    write(
        request,
        response,
        Problems.of(
            ProblemCode.UNAUTHENTICATED,
            "A valid access token of the registry's issuer is required (Authorization: Bearer)"));
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException, ServletException {
    bearerDenied.handle(request, response, e);
    write(
        request,
        response,
        Problems.of(ProblemCode.FORBIDDEN, "The access token's roles do not allow this operation"));
  }

  /** Writes a problem as the answer, with its code's status. */
  void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
