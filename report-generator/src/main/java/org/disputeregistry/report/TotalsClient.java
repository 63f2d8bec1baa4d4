package org.disputeregistry.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Gets the yearly totals from the query side, with a bearer token when one is given: the totals
 * need the role REPORT_GENERATOR or ANALYST, from the embedded authorization server or any OpenID
 * Connect provider the services trust.
 */
final class TotalsClient {

  /** The query side refused the request: no token, an invalid one, or one without the role. */
  static final class RefusedException extends Exception {
    RefusedException(String message) {
      super(message);
    }
  }

  private final String queryUrl;
  private final Optional<String> token;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  TotalsClient(String queryUrl, Optional<String> token) {
    this.queryUrl = queryUrl;
    this.token = token;
  }

  /**
   * The year's totals: its latest published version (live figures if none was published), or the
   * live figures.
   */
  AnnualTotals fetch(int year, boolean live)
      throws IOException, InterruptedException, RefusedException {
    URI uri =
        URI.create(
            queryUrl
                + "/api/statistics/totals?year="
                + year
                + "&compare=previousYear&figures="
                + (live ? "live" : "published"));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IOException("no query side answers at " + queryUrl + " (" + e + ")", e);
    }
    int status = response.statusCode();
    if (status == 401) {
      throw new RefusedException(
          (token.isEmpty()
                  ? "the query side wants an access token (401)"
                  : "the query side did not accept the token (401: expired, or not of the"
                      + " issuer it trusts)")
              + detail(response)
              + ". Give one with --token=... or the environment variable "
              + ReportCli.TOKEN_VARIABLE
              + ", e.g. --token=$(./run.sh token report-generator)");
    }
    if (status == 403) {
      throw new RefusedException(
          "the query side refused the token (403): the totals need the role REPORT_GENERATOR"
              + " or ANALYST"
              + detail(response));
    }
    if (status != 200) {
      throw new IOException(uri + " answered " + status + detail(response));
    }
    return ReportCli.JSON.readValue(response.body(), AnnualTotals.class);
  }

  /** The problem details' {@code detail}, if the answer has one. */
  private static String detail(HttpResponse<byte[]> response) {
    try {
      JsonNode problem = ReportCli.JSON.readTree(response.body());
      return problem != null && problem.hasNonNull("detail")
          ? ": " + problem.get("detail").asText()
          : "";
    } catch (IOException e) {
      return "";
    }
  }
}
