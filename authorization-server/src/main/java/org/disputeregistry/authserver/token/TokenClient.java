package org.disputeregistry.authserver.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disputeregistry.authserver.clients.RegistryClients;

/**
 * Gets access tokens from an OpenID Connect provider at {@code issuer} with nothing but
 * java.net.http: the endpoints from its discovery document, then the authorization code flow with
 * PKCE (as a browser: the login form, its CSRF token, the redirects up to the loopback redirect
 * URI, whose {@code code} is read from the Location header, no listener needed) or client
 * credentials.
 */
public final class TokenClient {

  private static final int MAX_REDIRECTS = 10;
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*\\saction=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern CSRF =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI issuer;
  private final HttpClient http;

  public TokenClient(String issuer) {
    this.issuer = URI.create(issuer.endsWith("/") ? issuer : issuer + "/");
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new BrowserCookies())
            .build();
  }

  /** The server does not answer: not running, or not at this address. */
  public static final class UnreachableException extends RuntimeException {
    UnreachableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The server refused: wrong credentials, unknown account or client, or a protocol error. */
  public static final class RefusedException extends RuntimeException {
    RefusedException(String message) {
      super(message);
    }
  }

  /** An access token for {@code username}, signed in with {@code password} as a browser would. */
  public String userToken(String username, String password) {
    JsonNode discovery = discovery();
    String verifier = Pkce.randomToken();
    String state = Pkce.randomToken();
    Map<String, String> authorize = new LinkedHashMap<>();
    authorize.put("response_type", "code");
    authorize.put("client_id", RegistryClients.CLI);
    authorize.put("redirect_uri", RegistryClients.CLI_REDIRECT_URI);
    authorize.put("scope", "openid " + RegistryClients.SCOPE);
    authorize.put("state", state);
    authorize.put("code_challenge", Pkce.challenge(verifier));
    authorize.put("code_challenge_method", "S256");
    URI start =
        URI.create(text(discovery, "authorization_endpoint") + "?" + Forms.encode(authorize));

    HttpResponse<String> loginPage = followRedirects(get(start));
    URI loginUri = loginPage.uri();
    if (loginPage.statusCode() != 200) {
      throw new RefusedException(
          "The authorization endpoint answered " + loginPage.statusCode() + " at " + loginUri);
    }
    Map<String, String> credentials = new LinkedHashMap<>();
    credentials.put("username", username);
    credentials.put("password", password);
    csrfToken(loginPage.body()).ifPresent(token -> credentials.put("_csrf", token));
    URI formAction = formAction(loginPage.body()).map(loginUri::resolve).orElse(loginUri);
    HttpResponse<String> afterLogin = send(post(formAction, credentials, null));
    URI callback = redirectsUntilCallback(afterLogin);
    Map<String, String> parameters = Forms.query(callback);
    if (!state.equals(parameters.get("state"))) {
      throw new RefusedException("The redirect carried another state than the one sent");
    }
    String code = parameters.get("code");
    if (code == null) {
      throw new RefusedException(
          "No authorization code: " + parameters.getOrDefault("error", "(no error given)"));
    }
    Map<String, String> exchange = new LinkedHashMap<>();
    exchange.put("grant_type", "authorization_code");
    exchange.put("code", code);
    exchange.put("redirect_uri", RegistryClients.CLI_REDIRECT_URI);
    exchange.put("client_id", RegistryClients.CLI);
    exchange.put("code_verifier", verifier);
    return accessToken(send(post(URI.create(text(discovery, "token_endpoint")), exchange, null)));
  }

  /** An access token for a confidential client acting for itself. */
  public String clientToken(String clientId, String secret) {
    JsonNode discovery = discovery();
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (Forms.encode(clientId) + ":" + Forms.encode(secret))
                    .getBytes(StandardCharsets.UTF_8));
    Map<String, String> body = new LinkedHashMap<>();
    body.put("grant_type", "client_credentials");
    body.put("scope", RegistryClients.SCOPE);
    return accessToken(
        send(post(URI.create(text(discovery, "token_endpoint")), body, "Basic " + basic)));
  }

  private JsonNode discovery() {
    URI uri = issuer.resolve(".well-known/openid-configuration");
    HttpResponse<String> response = send(get(uri, "application/json"));
    if (response.statusCode() != 200) {
      throw new RefusedException(
          "No OpenID configuration at " + uri + " (" + response.statusCode() + ")");
    }
    return json(response.body());
  }

  /**
   * After the form was posted: the redirects up to the client's redirect URI. A redirect back to
   * the login page means the account or password was wrong.
   */
  private URI redirectsUntilCallback(HttpResponse<String> response) {
    for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
      Optional<String> location = response.headers().firstValue("Location");
      if (response.statusCode() == 200) {
        throw new RefusedException(
            "Sign-in refused: unknown account or wrong password (the sign-in page came back)");
      }
      if (!isRedirect(response) || location.isEmpty()) {
        throw new RefusedException(
            "Sign-in did not lead back to the client (status " + response.statusCode() + ")");
      }
      URI next = response.uri().resolve(location.get());
      if (next.toString().startsWith(RegistryClients.CLI_REDIRECT_URI)) {
        return next;
      }
      if (next.getPath().endsWith("/login") && "error".equals(next.getQuery())) {
        throw new RefusedException("Sign-in refused: unknown account or wrong password");
      }
      response = send(get(next));
    }
    throw new RefusedException("Too many redirects after sign-in");
  }

  private HttpResponse<String> followRedirects(HttpRequest request) {
    HttpResponse<String> response = send(request);
    for (int hop = 0; hop < MAX_REDIRECTS && isRedirect(response); hop++) {
      URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
      response = send(get(next));
    }
    return response;
  }

  private String accessToken(HttpResponse<String> response) {
    JsonNode body = json(response.body());
    if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
      throw new RefusedException(
          "The token endpoint answered "
              + response.statusCode()
              + ": "
              + body.path("error").asText("(no error code)"));
    }
    return body.get("access_token").asText();
  }

  private static boolean isRedirect(HttpResponse<?> response) {
    return response.statusCode() >= 300 && response.statusCode() < 400;
  }

  /** Where the sign-in form posts to (Keycloak's carries a session code), if it says. */
  static Optional<String> formAction(String html) {
    Matcher matcher = FORM_ACTION.matcher(html);
    return matcher.find() ? Optional.of(matcher.group(1).replace("&amp;", "&")) : Optional.empty();
  }

  static Optional<String> csrfToken(String html) {
    Matcher matcher = CSRF.matcher(html);
    if (!matcher.find()) {
      return Optional.empty();
    }
    return Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
  }

  /** As a browser asks: the server sends a browser, not an API client, to its sign-in page. */
  private static HttpRequest get(URI uri) {
    return get(uri, "text/html,application/xhtml+xml");
  }

  private static HttpRequest get(URI uri, String accept) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(20))
        .header("Accept", accept)
        .GET()
        .build();
  }

  private static HttpRequest post(URI uri, Map<String, String> fields, String authorization) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(Forms.encode(fields)));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder.build();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UnreachableException(
          "No authorization server answers at " + issuer + " (" + e + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnreachableException("Interrupted while asking " + issuer, e);
    }
  }

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body.isEmpty() ? "{}" : body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static String text(JsonNode node, String field) {
    if (!node.hasNonNull(field)) {
      throw new RefusedException("The OpenID configuration has no " + field);
    }
    return node.get(field).asText();
  }
}
