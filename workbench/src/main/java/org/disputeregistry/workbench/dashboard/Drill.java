package org.disputeregistry.workbench.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.web.util.UriUtils;

/**
 * The link from a count to the cases behind it: the case search page with the drill-down parameters
 * of {@code GET /api/cases} ({@code caseType}, {@code figure}, the period and the filters in
 * force), which that page passes on to the API.
 */
final class Drill {

  /** The case search page. */
  static final String SEARCH = "/search";

  /**
   * Figures that are numbers but not counts of cases (sums of persons): no list of cases has as
   * many rows as they say, so they are not links.
   */
  private static final Set<String> NOT_CASES = Set.of("personTimesServed", "registeredPersons");

  private Drill() {}

  static boolean countsCases(String figure) {
    return !NOT_CASES.contains(figure);
  }

  /** The search of the cases a figure counts, with {@code parameters} (the period, filters). */
  static String link(StatisticsType type, String figure, Map<String, String> parameters) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("caseType", type.caseType());
    query.put("figure", figure);
    query.putAll(parameters);
    StringBuilder link = new StringBuilder(SEARCH);
    char separator = '?';
    for (Map.Entry<String, String> e : query.entrySet()) {
      link.append(separator)
          .append(UriUtils.encodeQueryParam(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(UriUtils.encodeQueryParam(e.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    return link.toString();
  }
}
