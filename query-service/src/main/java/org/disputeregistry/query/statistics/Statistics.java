package org.disputeregistry.query.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.TreeMap;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.report.YearOnYear;

/**
 * Figures with the question they answer: the period and the filters; on request ({@code
 * links=cases}) the URL of the cases behind each count, by the count's drill-down name; with {@code
 * compare=previousYear}, each figure beside the same period a year earlier ({@code yearOnYear}).
 */
public record Statistics<F>(
    String caseType,
    Period period,
    Map<String, String> filters,
    F figures,
    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> links,
    @JsonInclude(JsonInclude.Include.NON_NULL) YearOnYear yearOnYear) {

  public static <F> Statistics<F> of(CaseType caseType, Query query, F figures) {
    Map<String, String> filters = new TreeMap<>();
    query.filters().forEach((dimension, value) -> filters.put(dimension.parameter(), value));
    return new Statistics<>(caseType.name(), query.period(), filters, figures, null, null);
  }

  /** The same with the URLs of each count's cases. */
  public Statistics<F> withLinks(Map<String, String> urls) {
    return new Statistics<>(caseType, period, filters, figures, urls, yearOnYear);
  }

  /** The same answer with the year-on-year comparison of its figures. */
  public Statistics<F> with(YearOnYear comparison) {
    return new Statistics<>(caseType, period, filters, figures, links, comparison);
  }
}
