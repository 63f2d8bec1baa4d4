package org.disputeregistry.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disputeregistry.query.counts.ByCode;
import org.disputeregistry.query.counts.CaseFigures;
import org.disputeregistry.query.counts.Counted;
import org.disputeregistry.query.counts.Figure;
import org.disputeregistry.query.counts.OpenCases;
import org.disputeregistry.query.counts.PerCurrency;
import org.disputeregistry.query.counts.RateFigure;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The drill-down from the statistics to the case list, checked against the statistics: for every
 * figure made of cases (a count, open cases, a rate's numerator and denominator, a figure by code
 * and each of its codes, amounts per currency), the cases {@code GET /api/cases?figure=} lists are
 * as many as the figure counts, for the same period and filters.
 */
public final class DrillDowns {

  private DrillDowns() {}

  /**
   * @param caseType the list's caseType ({@code reconsideration}, ...)
   * @param api the statistics path of the case type
   * @param query the statistics query (period, filters, asOf)
   */
  public static void assertEveryFigureListsTheCasesItCounts(
      TestRestTemplate http, CaseFigures figures, String caseType, String api, String query) {
    DocumentContext statistics = JsonPath.parse(http.getForObject(api + "?" + query, String.class));
    Map<String, Long> expected = new LinkedHashMap<>();
    for (Figure<?> figure : figures.figures()) {
      String at = "$.figures." + figure.name();
      if (figure instanceof Counted || figure instanceof OpenCases) {
        expected.put(figure.name(), statistics.read(at, Long.class));
      } else if (figure instanceof RateFigure) {
        expected.put(figure.name() + ".numerator", statistics.read(at + ".numerator", Long.class));
        expected.put(
            figure.name() + ".denominator", statistics.read(at + ".denominator", Long.class));
      } else if (figure instanceof ByCode<?> byCode) {
        List<Map<String, Object>> codes = statistics.read(at);
        expected.put(figure.name(), codes.stream().mapToLong(c -> number(c.get("count"))).sum());
        codes.forEach(
            c -> expected.put(figure.name() + "." + c.get("code"), number(c.get("count"))));
      } else if (figure instanceof PerCurrency) {
        List<Map<String, Object>> amounts = statistics.read(at);
        expected.put(figure.name(), amounts.stream().mapToLong(a -> number(a.get("cases"))).sum());
        amounts.forEach(
            a -> expected.put(figure.name() + "." + a.get("currency"), number(a.get("cases"))));
      }
    }
    assertThat(expected).as("figures made of cases").hasSizeGreaterThan(5);
    // The answer's own links (links=cases) are followed: each lists as many cases as it counts.
    Map<String, String> links =
        JsonPath.read(
            http.getForObject(api + "?" + query + "&links=cases", String.class), "$.links");
    assertThat(links).as("a link per count, " + query).containsOnlyKeys(expected.keySet());
    Map<String, Long> listed = new LinkedHashMap<>();
    expected.keySet().forEach(figure -> listed.put(figure, listed(http, links.get(figure))));
    assertThat(listed).as("cases listed per figure, " + query).isEqualTo(expected);
  }

  /**
   * Every count of every row of a breakdown (up to {@code rows} rows) lists as many cases as it
   * counts, by the link the row gives ({@code links=cases}).
   */
  public static void assertEveryRowListsTheCasesItCounts(
      TestRestTemplate http, String api, String query, int rows) {
    String answer = http.getForObject(api + "/breakdown?" + query + "&links=cases", String.class);
    List<Map<String, Object>> table = JsonPath.read(answer, "$.rows");
    assertThat(table).as(answer).isNotEmpty();
    int links = 0;
    List<Map<String, Object>> sample = table.subList(0, Math.min(rows, table.size()));
    for (Map<String, Object> row : sample) {
      @SuppressWarnings("unchecked")
      Map<String, String> urls = (Map<String, String>) row.get("links");
      Map<String, Long> expected = new LinkedHashMap<>();
      Map<String, Long> listed = new LinkedHashMap<>();
      row.forEach(
          (column, value) -> {
            if (value instanceof Integer || value instanceof Long) {
              if (urls.containsKey(column)) {
                expected.put(column, number(value));
                listed.put(column, listed(http, urls.get(column)));
              }
            }
          });
      assertThat(listed).as("cases listed per count of " + row).isEqualTo(expected);
      links += listed.size();
    }
    assertThat(links).as("counts followed").isGreaterThan(sample.size());
  }

  /** The rows of a list that fits one page (a link of the API is taken as it is, encoded). */
  public static long listed(TestRestTemplate http, String url) {
    ResponseEntity<String> answer =
        url.startsWith("http")
            ? http.getForEntity(URI.create(url + "&size=1000"), String.class)
            : http.getForEntity(url, String.class);
    assertThat(answer.getStatusCode().value()).as(url + ": " + answer.getBody()).isEqualTo(200);
    assertThat(answer.getHeaders().get(HttpHeaders.LINK)).as(url + " fits one page").isNull();
    return JsonPath.<List<?>>read(answer.getBody(), "$.rows").size();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
