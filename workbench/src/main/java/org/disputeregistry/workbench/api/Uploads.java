package org.disputeregistry.workbench.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A file sent to the command side as the signed-in user, streamed: the {@link Api} clients send
 * their bodies through Spring's request interceptors, which hold a body in memory whole; this
 * client has none, takes the user's access token itself (the same manager, renewed the same way)
 * and writes the body as it reads it. Its answer may take long (a back-fill loads while it reads):
 * {@code registry.workbench.upload-timeout}.
 */
public final class Uploads {

  /**
   * A back-fill's 413 carries the report of the lines loaded before it, up to 1,000 rejected lines
   * in detail (about 215 KB measured): far above that, a larger error body is not read whole.
   */
  private static final int MAX_PROBLEM_BYTES = 4 * 1024 * 1024;

  private final RestClient http;
  private final OAuth2AuthorizedClientManager tokens;
  private final ObjectMapper json;

  Uploads(
      URI commandUrl, Duration timeout, OAuth2AuthorizedClientManager tokens, ObjectMapper json) {
    JdkClientHttpRequestFactory streaming =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
    streaming.setReadTimeout(timeout);
    this.http =
        RestClient.builder().baseUrl(commandUrl.toString()).requestFactory(streaming).build();
    this.tokens = tokens;
    this.json = json;
  }

  /**
   * POSTs {@code length} bytes of {@code body} to the command side's {@code path} and returns its
   * JSON answer.
   */
  public JsonNode postToCommand(String path, MediaType type, long length, InputStream body) {
    try {
      return http.post()
          .uri(path)
          .contentType(type)
          .contentLength(length)
          .accept(MediaType.APPLICATION_JSON)
          .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken())
          .body(out -> body.transferTo(out))
          .retrieve()
          .onStatus(
              HttpStatusCode::isError,
              (request, response) -> Api.fail(response, json, MAX_PROBLEM_BYTES))
          .body(JsonNode.class);
    } catch (ResourceAccessException e) {
      throw new ApiUnavailable(e);
    }
  }

  /**
   * The user's access token of this session, renewed if it expired; without one the manager asks
   * for a new sign-in ({@code ClientAuthorizationRequiredException}), as the other calls do.
   */
  private String accessToken() {
    ServletRequestAttributes current =
        (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
    OAuth2AuthorizedClient client =
        tokens.authorize(
            OAuth2AuthorizeRequest.withClientRegistrationId(ApiClients.REGISTRATION)
                .principal(SecurityContextHolder.getContext().getAuthentication())
                .attribute(HttpServletRequest.class.getName(), current.getRequest())
                .attribute(HttpServletResponse.class.getName(), current.getResponse())
                .build());
    if (client == null) {
      throw new ClientAuthorizationRequiredException(ApiClients.REGISTRATION);
    }
    return client.getAccessToken().getTokenValue();
  }
}
