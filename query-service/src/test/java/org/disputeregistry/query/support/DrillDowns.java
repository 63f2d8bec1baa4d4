package org.disputeregistry.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
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
      }
    }
    assertThat(expected).as("figures made of cases").hasSizeGreaterThan(5);
    Map<String, Long> listed = new LinkedHashMap<>();
    expected
        .keySet()
        .forEach(
            figure ->
                listed.put(
                    figure,
                    listed(
                        http,
                        "/api/cases?caseType="
                            + caseType
                            + "&figure="
                            + figure
                            + "&"
                            + query
                            + "&size=1000")));
    assertThat(listed).as("cases listed per figure, " + query).isEqualTo(expected);
  }

  /** The rows of a list that fits one page. */
  public static long listed(TestRestTemplate http, String url) {
    ResponseEntity<String> answer = http.getForEntity(url, String.class);
    assertThat(answer.getStatusCode().value()).as(url + ": " + answer.getBody()).isEqualTo(200);
    assertThat(answer.getHeaders().get(HttpHeaders.LINK)).as(url + " fits one page").isNull();
    return JsonPath.<List<?>>read(answer.getBody(), "$.rows").size();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
