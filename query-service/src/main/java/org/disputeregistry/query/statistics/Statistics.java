package org.disputeregistry.query.statistics;

import java.util.Map;
import java.util.TreeMap;
import org.disputeregistry.events.CaseType;

/** Figures with the question they answer: the period and the filters. */
public record Statistics<F>(
    String caseType, Period period, Map<String, String> filters, F figures) {

  public static <F> Statistics<F> of(CaseType caseType, Query query, F figures) {
    Map<String, String> filters = new TreeMap<>();
    query.filters().forEach((dimension, value) -> filters.put(dimension.parameter(), value));
    return new Statistics<>(caseType.name(), query.period(), filters, figures);
  }
}
