package org.disputeregistry.campaign;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * HTTP calls that answer "no answer" instead of throwing: a fault makes that the normal case. Every
 * call but the health check carries an account's bearer token ({@link AccessTokens}); without one
 * yet, there is no call and no answer.
 */
final class Http {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private Http() {}

  static Optional<HttpResponse<String>> get(Optional<String> bearer, String url) {
    return bearer.flatMap(
        authorization ->
            send(
                HttpRequest.newBuilder(URI.create(url))
                    .timeout(TIMEOUT)
                    .header("Authorization", authorization)
                    .GET()
                    .build()));
  }

  static Optional<HttpResponse<String>> postJson(Optional<String> bearer, String url, String body) {
    return bearer.flatMap(
        authorization ->
            send(
                HttpRequest.newBuilder(URI.create(url))
                    .timeout(TIMEOUT)
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build()));
  }

  /** Health is the one operation open without a token. */
  static boolean isUp(String baseUrl) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
            .timeout(TIMEOUT)
            .GET()
            .build())
        .map(r -> r.statusCode() == 200)
        .orElse(false);
  }

  private static Optional<HttpResponse<String>> send(HttpRequest request) {
    try {
      return Optional.of(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
