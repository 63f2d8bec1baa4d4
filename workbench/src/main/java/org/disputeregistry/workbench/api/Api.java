package org.disputeregistry.workbench.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * One service's API, called as the signed-in user. An error answer becomes an {@link ApiProblem}
 * (its problem details), a service that cannot be reached an {@link ApiUnavailable}.
 */
public final class Api {

  /** Far above any problem details document; a larger error body is not read whole. */
  private static final int MAX_PROBLEM_BYTES = 64 * 1024;

  private final RestClient http;
  private final ObjectMapper json;

  Api(RestClient http, ObjectMapper json) {
    this.http = http;
    this.json = json;
  }

  /** The JSON answer of a GET. */
  public JsonNode get(String path, Object... uriVariables) {
    try {
      return http.get()
          .uri(path, uriVariables)
          .accept(MediaType.APPLICATION_JSON)
          .retrieve()
          .onStatus(
              HttpStatusCode::isError,
              (request, response) -> fail(response, json, MAX_PROBLEM_BYTES))
          .body(JsonNode.class);
    } catch (ResourceAccessException e) {
      throw new ApiUnavailable(e);
    }
  }

  /** The JSON answer of a POST of {@code body} as JSON. */
  public JsonNode post(String path, Object body, Object... uriVariables) {
    try {
      return http.post()
          .uri(path, uriVariables)
          .contentType(MediaType.APPLICATION_JSON)
          .accept(MediaType.APPLICATION_JSON)
          .body(body)
          .retrieve()
          .onStatus(
              HttpStatusCode::isError,
              (request, response) -> fail(response, json, MAX_PROBLEM_BYTES))
          .body(JsonNode.class);
    } catch (ResourceAccessException e) {
      throw new ApiUnavailable(e);
    }
  }

  /** Throws the {@link ApiProblem} of an error answer, read up to {@code maxBytes}. */
  static void fail(ClientHttpResponse response, ObjectMapper json, int maxBytes)
      throws IOException {
    byte[] body;
    try (InputStream in = response.getBody()) {
      body = in.readNBytes(maxBytes);
    }
    JsonNode document;
    try {
      document = json.readTree(body);
    } catch (IOException e) {
      document = null; // not problem details (a proxy's page): the status alone
    }
    throw ApiProblem.of(response.getStatusCode().value(), document);
  }
}
