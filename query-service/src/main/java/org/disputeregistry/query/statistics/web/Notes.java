package org.disputeregistry.query.statistics.web;

import java.util.stream.Collectors;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.statistics.Table;

/** The question a table answers, as notes above it in a spreadsheet: period and filters. */
final class Notes {

  private Notes() {}

  static void period(Table.Builder table, Query query) {
    table.note("统计期间", "Period", query.period().from() + " 至 / to " + query.period().to());
    table.note(
        "筛选条件",
        "Filters",
        query.filters().isEmpty()
            ? "无 / none"
            : query.filters().entrySet().stream()
                .map(f -> f.getKey().parameter() + "=" + f.getValue())
                .collect(Collectors.joining(", ")));
  }
}
