package org.disputeregistry.query.statistics.web;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.statistics.StatisticsRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every statistics endpoint asks of its request, and the answer of a deprecated path. */
public final class StatisticsRequests {

  /**
   * When the singular paths were deprecated (RFC 9745: {@code Deprecation: @<unix seconds>}),
   * 2026-12-04T00:00:00Z.
   */
  static final long DEPRECATED_SINCE = 1_796_342_400L;

  private StatisticsRequests() {}

  /** The parameter that asks for the figures beside the same period a year earlier. */
  public static final String COMPARE = "compare";

  /**
   * Whether the request asks for year on year ({@code compare=previousYear}), taking the parameter
   * out of {@code parameters}; any other value is a 400 naming it.
   */
  public static boolean compare(Map<String, String> parameters) {
    String value = parameters.remove(COMPARE);
    if (value == null) {
      return false;
    }
    if (!value.equals("previousYear")) {
      throw new StatisticsRequestException(COMPARE, "compare must be previousYear");
    }
    return true;
  }

  /** A query of figures over a period: no breakdown. */
  public static Query figures(Map<String, String> parameters, Set<Dimension> dimensions) {
    Query query = Query.parse(parameters, dimensions);
    if (query.breakdown() != null) {
      throw new StatisticsRequestException("by", "Use /breakdown for a breakdown");
    }
    return query;
  }

  /** A query of a breakdown: {@code by} is required; {@code hint} says what it may be. */
  public static Query breakdown(
      Map<String, String> parameters, Set<Dimension> dimensions, String hint) {
    Query query = Query.parse(parameters, dimensions);
    if (query.breakdown() == null) {
      throw new StatisticsRequestException("by", "Say what to break down by: by=" + hint);
    }
    return query;
  }

  /**
   * The answer of a deprecated path: the successor's body, with {@code Deprecation} and a {@code
   * Link} to the same request on the successor path.
   */
  public static <T> ResponseEntity<T> deprecated(String oldPath, String newPath, T body) {
    URI request = ServletUriComponentsBuilder.fromCurrentRequest().build().toUri();
    String successor =
        request.getRawPath().replaceFirst("^" + oldPath, newPath)
            + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery());
    return ResponseEntity.ok()
        .header("Deprecation", "@" + DEPRECATED_SINCE)
        .header(HttpHeaders.LINK, "<" + successor + ">; rel=\"successor-version\"")
        .body(body);
  }
}
