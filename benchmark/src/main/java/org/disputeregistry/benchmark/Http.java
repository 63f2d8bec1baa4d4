package org.disputeregistry.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP/1.1 calls, as a case worker's client makes them, each with the caller's token. */
final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Http() {}

  static HttpResponse<String> get(Caller caller, String url) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", caller.authorization())
            .GET()
            .build());
  }

  static HttpResponse<String> post(Caller caller, String url, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", caller.authorization())
            .header("Content-Type", contentType)
            .timeout(Duration.ofMinutes(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> expect(HttpResponse<String> response, int... statuses) {
    for (int status : statuses) {
      if (response.statusCode() == status) {
        return response;
      }
    }
    throw new IllegalStateException(
        response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
  }
}
