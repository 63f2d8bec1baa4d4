package org.disputeregistry.query.statistics.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.disputeregistry.query.counts.CaseFigures;
import org.disputeregistry.query.counts.CountsOfCases;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.statistics.AsOf;
import org.disputeregistry.query.statistics.Period;
import org.disputeregistry.query.statistics.Query;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The URL of the cases behind each count of an answer, asked for with {@code links=cases}: the case
 * list's drill-down ({@code GET /api/cases?caseType=&figure=}) with the statistics request's own
 * period, filters and as-of date, and a breakdown row's value as one more filter.
 */
public final class CaseLinks {

  private final CaseFigures type;
  private final Map<String, String> parameters;

  private CaseLinks(CaseFigures type, Map<String, String> parameters) {
    this.type = type;
    this.parameters = parameters;
  }

  /**
   * The links of a request that asks for them ({@code links=cases}), else null: the parsed question
   * (period and filters) and its as-of date, so that no other parameter reaches the case list.
   */
  public static CaseLinks askedIn(
      Map<String, String> parameters, Query query, LocalDate asOf, CaseFigures type) {
    if (!"cases".equals(parameters.get(Query.LINKS))) {
      return null;
    }
    Map<String, String> question = new LinkedHashMap<>();
    Period period = query.period();
    if (period.equals(Period.ofYear(period.from().getYear()))) {
      question.put("year", String.valueOf(period.from().getYear()));
    } else {
      question.put("from", period.from().toString());
      question.put("to", period.to().toString());
    }
    query.filters().forEach((dimension, value) -> question.put(dimension.parameter(), value));
    if (asOf != null) {
      question.put(AsOf.PARAMETER, asOf.toString());
    }
    return new CaseLinks(type, question);
  }

  /** Each count's URL in a breakdown's row, its value ({@code filter}) among the filters. */
  Map<String, String> of(Figures figures, Map<String, String> filter) {
    String list =
        ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/cases").toUriString();
    StringBuilder question = new StringBuilder();
    Map<String, String> asked = new LinkedHashMap<>(parameters);
    asked.putAll(filter);
    // Every character a value may hold is escaped: an agency's name may have & or +.
    asked.forEach(
        (name, value) ->
            question.append('&').append(encoded(name)).append('=').append(encoded(value)));
    Map<String, String> urls = new LinkedHashMap<>();
    for (String count : CountsOfCases.in(type, figures)) {
      urls.put(
          count,
          list + "?caseType=" + caseTypeParameter() + "&figure=" + encoded(count) + question);
    }
    return urls;
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The case list's name of the case type: {@code commercial-mediation}. */
  private String caseTypeParameter() {
    return type.caseType().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
