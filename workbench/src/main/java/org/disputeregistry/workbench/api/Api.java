package org.disputeregistry.workbench.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * One service's API, called as the signed-in user. An error answer becomes an {@link ApiProblem}
 * (its problem details), a service that cannot be reached an {@link ApiUnavailable}.
 */
public final class Api {

  /** Far above any problem details document; a larger error body is not read whole. */
  private static final int MAX_PROBLEM_BYTES = 64 * 1024;

  private static final MediaType CSV = MediaType.parseMediaType("text/csv");

  /** An Excel workbook (.xlsx), as the query service writes its tables. */
  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

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
          .onStatus(HttpStatusCode::isError, (request, response) -> fail(response))
          .body(JsonNode.class);
    } catch (ResourceAccessException e) {
      throw new ApiUnavailable(e);
    }
  }

  /** A page of a list: its JSON and whether the API links a next page ({@code rel="next"}). */
  public record Listed(JsonNode body, boolean more) {}

  /** The JSON answer of a GET of a paged list, with whether there is a next page. */
  public Listed list(String path, Object... uriVariables) {
    try {
      ResponseEntity<JsonNode> answer =
          http.get()
              .uri(path, uriVariables)
              .accept(MediaType.APPLICATION_JSON)
              .retrieve()
              .onStatus(HttpStatusCode::isError, (request, response) -> fail(response))
              .toEntity(JsonNode.class);
      return new Listed(answer.getBody(), hasNext(answer.getHeaders()));
    } catch (ResourceAccessException e) {
      throw new ApiUnavailable(e);
    }
  }

  /**
   * Copies the CSV answer of a GET of a paged list to {@code out} as it arrives, without its first
   * line when {@code withoutHeader} (a later page's column names); whether there is a next page.
   */
  public boolean csv(String path, OutputStream out, boolean withoutHeader, Object... uriVariables) {
    try {
      return http.get()
          .uri(path, uriVariables)
          .accept(CSV)
          .exchange(
              (request, response) -> {
                if (response.getStatusCode().isError()) {
                  fail(response);
                }
                try (InputStream in = response.getBody()) {
                  if (withoutHeader) {
                    int b;
                    do {
                      b = in.read();
                    } while (b != -1 && b != '\n');
                  }
                  in.transferTo(out);
                }
                return hasNext(response.getHeaders());
              });
    } catch (ResourceAccessException e) {
      throw new ApiUnavailable(e);
    }
  }

  /** The JSON answer of a GET of {@code path} with {@code query} as its query string. */
  public JsonNode get(String path, MultiValueMap<String, String> query) {
    return get(path, query, MediaType.APPLICATION_JSON, JsonNode.class, null);
  }

  /**
   * The body of a GET in the media type asked for (CSV, HTML, Markdown), byte for byte as the
   * service sent it (UTF-8, a CSV's byte-order mark kept), with {@code query} as its query string.
   */
  public byte[] bytes(String path, MultiValueMap<String, String> query, MediaType accept) {
    return get(path, query, accept, byte[].class, null);
  }

  /**
   * A GET's answer as an Excel workbook, its headings in the user's language (the service names
   * columns in Chinese, or in English when asked).
   */
  public byte[] workbook(String path, MultiValueMap<String, String> query) {
    return get(path, query, XLSX, byte[].class, LocaleContextHolder.getLocale());
  }

  private <T> T get(
      String path,
      MultiValueMap<String, String> query,
      MediaType accept,
      Class<T> type,
      Locale language) {
    try {
      return http.get()
          .uri(
              builder -> {
                // Every value a URI variable: encoded whole ('&', '+', '=' in a value stay data).
                Map<String, String> values = new HashMap<>();
                builder.path(path);
                query.forEach(
                    (name, list) -> {
                      for (String value : list) {
                        String variable = "v" + values.size();
                        values.put(variable, value);
                        builder.queryParam(name, "{" + variable + "}");
                      }
                    });
                return builder.build(values);
              })
          .accept(accept)
          .headers(
              headers -> {
                if (language != null) {
                  headers.setAcceptLanguageAsLocales(List.of(language));
                }
              })
          .retrieve()
          .onStatus(HttpStatusCode::isError, (request, response) -> fail(response))
          .body(type);
    } catch (ResourceAccessException e) {
      throw new ApiUnavailable(e);
    }
  }

  private static boolean hasNext(HttpHeaders headers) {
    return headers.getOrEmpty(HttpHeaders.LINK).stream()
        .anyMatch(link -> link.contains("rel=\"next\""));
  }

  /** The JSON answer of a POST of {@code body} as JSON. */
  public JsonNode post(String path, Object body, Object... uriVariables) {
    return post(path, body, new HttpHeaders(), uriVariables);
  }

  /** The same with request headers of the caller ({@code If-Match}). */
  public JsonNode post(String path, Object body, HttpHeaders headers, Object... uriVariables) {
    try {
      return http.post()
          .uri(path, uriVariables)
          .headers(h -> h.addAll(headers))
          .contentType(MediaType.APPLICATION_JSON)
          .accept(MediaType.APPLICATION_JSON)
          .body(body)
          .retrieve()
          .onStatus(HttpStatusCode::isError, (request, response) -> fail(response))
          .body(JsonNode.class);
    } catch (ResourceAccessException e) {
      throw new ApiUnavailable(e);
    }
  }

  /** Throws the {@link ApiProblem} of an error answer, read up to {@code maxBytes}. */
  private void fail(ClientHttpResponse response) throws IOException {
    fail(response, json, MAX_PROBLEM_BYTES);
  }

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
