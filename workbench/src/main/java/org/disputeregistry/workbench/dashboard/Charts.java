package org.disputeregistry.workbench.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.disputeregistry.workbench.dashboard.BreakdownViews.Column;
import org.disputeregistry.workbench.dashboard.FigureViews.Value;

/**
 * What {@code /js/dashboard.js} draws, as JSON in the chart's {@code data-chart} attribute: the
 * categories (months, streets), a series per count with the API's values ({@code null} where it
 * suppressed one: a gap, never 0) and each point's link to its cases. The same values are in the
 * table beside the chart, which is what a browser without scripts shows.
 */
final class Charts {

  private Charts() {}

  /** A chart of the rows of a table: one category per row, one series per column. */
  static String of(
      ObjectMapper json,
      String kind,
      List<String> categories,
      List<Column> series,
      List<List<Value>> rows) {
    ObjectNode chart = json.createObjectNode();
    chart.put("kind", kind);
    ArrayNode names = chart.putArray("categories");
    categories.forEach(names::add);
    ArrayNode all = chart.putArray("series");
    for (int s = 0; s < series.size(); s++) {
      ObjectNode one = all.addObject();
      one.put("name", series.get(s).label());
      ArrayNode data = one.putArray("data");
      ArrayNode links = one.putArray("links");
      for (List<Value> row : rows) {
        Value value = row.get(s);
        if (value.count() == null) {
          data.addNull();
        } else {
          data.add(value.count());
        }
        if (value.link() == null) {
          links.addNull();
        } else {
          links.add(value.link());
        }
      }
    }
    try {
      return json.writeValueAsString(chart);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
