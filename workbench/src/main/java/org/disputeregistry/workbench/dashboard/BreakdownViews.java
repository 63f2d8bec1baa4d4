package org.disputeregistry.workbench.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disputeregistry.workbench.dashboard.FigureViews.Value;
import org.springframework.stereotype.Component;

/**
 * A breakdown of the API ({@code /breakdown?by=}) as a table: a row per value with its label, a
 * column per figure the API gives. A count of cases links to its cases with the row's value as a
 * filter; a rate is its percent; a suppressed cell (named in the row's {@code suppressed}) says so.
 */
@Component
class BreakdownViews {

  /** The columns of the value and its labels: the rest are figures. */
  private static final Set<String> KEYS = Set.of("zh", "en", "suppressed");

  record Column(String name, String label) {}

  record Row(String key, String label, List<Value> cells) {}

  record Table(String by, List<Column> columns, List<Row> rows) {}

  private final FigureViews figures;

  BreakdownViews(FigureViews figures) {
    this.figures = figures;
  }

  /**
   * {@code rates}: the names of the rates in the figures' answer, whose columns are percents; every
   * other numeric column is a count of cases unless it is not ({@link Drill#countsCases}) or the
   * figures' answer has no such figure (durations' means and medians, amounts per currency).
   */
  Table of(
      StatisticsType type,
      String by,
      JsonNode table,
      JsonNode answer,
      Map<String, String> parameters) {
    List<String> names = new ArrayList<>();
    table.path("columns").forEach(c -> names.add(c.asText()));
    List<Column> columns = new ArrayList<>();
    for (String name : names) {
      if (!name.equals(by) && !KEYS.contains(name)) {
        columns.add(new Column(name, figures.label(name)));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (JsonNode row : table.path("rows")) {
      String key = row.path(by).asText("");
      Set<String> hidden = FigureViews.suppressed(row);
      Map<String, String> filtered = new LinkedHashMap<>(parameters);
      filtered.put(by, key);
      List<Value> cells = new ArrayList<>();
      for (Column column : columns) {
        cells.add(
            cell(type, column.name(), row.path(column.name()), hidden, answer, key, filtered));
      }
      String label = FigureViews.pick(row.path("zh").asText(key), row.path("en").asText(key));
      rows.add(new Row(key, label, List.copyOf(cells)));
    }
    return new Table(by, List.copyOf(columns), List.copyOf(rows));
  }

  private Value cell(
      StatisticsType type,
      String name,
      JsonNode value,
      Set<String> hidden,
      JsonNode answer,
      String key,
      Map<String, String> filtered) {
    if (hidden.contains(name)) {
      return Value.hidden();
    }
    if (value.isNull() || value.isMissingNode()) {
      return new Value(null, null, false);
    }
    JsonNode figure = answer.path(name);
    if (figure.isObject() && figure.has("numerator")) {
      return new Value(FigureViews.percent(value) + "%", null, false);
    }
    boolean count = value.isIntegralNumber() && !figure.isMissingNode() && Drill.countsCases(name);
    if (count) {
      // A value without a code ("not given") cannot be asked for as a filter: no link.
      return Value.count(value, key.isEmpty() ? null : Drill.link(type, name, filtered));
    }
    return new Value(
        value.isIntegralNumber() ? FigureViews.number(value) : value.asText(), null, false);
  }
}
