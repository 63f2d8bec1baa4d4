package org.disputeregistry.workbench.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.disputeregistry.workbench.dashboard.BreakdownViews.Column;
import org.disputeregistry.workbench.dashboard.FigureViews.Value;
import org.springframework.stereotype.Component;

/**
 * The ageing of open cases ({@code GET /api/statistics/open-cases}) as a table, a row per year of
 * receipt and a column per age, each count a link to its cases (the case search with the API's
 * {@code list}: open on the day, received in the cell's dates), and the same as a chart.
 */
@Component
class OpenCaseViews {

  /** The table at {@code asOf}; its total per row last. */
  record Ageing(String asOf, List<Column> ages, List<AgeRow> rows, String chart) {}

  record AgeRow(int year, List<Value> cells, long total) {}

  private final ObjectMapper json;

  OpenCaseViews(ObjectMapper json) {
    this.json = json;
  }

  Ageing of(JsonNode table) {
    List<Column> ages = new ArrayList<>();
    for (JsonNode age : table.path("ages")) {
      String code = age.path("code").asText();
      ages.add(
          new Column(
              code, FigureViews.pick(age.path("zh").asText(code), age.path("en").asText(code))));
    }
    TreeMap<Integer, Value[]> years = new TreeMap<>();
    for (JsonNode cell : table.path("cells")) {
      int column = column(ages, cell.path("age").asText());
      if (column < 0) {
        continue;
      }
      Value[] row = years.computeIfAbsent(cell.path("receivedIn").asInt(), y -> empty(ages.size()));
      row[column] = Value.count(cell.path("cases"), search(cell.path("list").asText()));
    }
    List<AgeRow> rows = new ArrayList<>();
    List<List<Value>> charted = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    years.forEach(
        (year, cells) -> {
          List<Value> values = List.of(cells);
          long total = values.stream().mapToLong(v -> v.count() == null ? 0 : v.count()).sum();
          rows.add(new AgeRow(year, values, total));
          charted.add(values);
          labels.add(String.valueOf(year));
        });
    return new Ageing(
        table.path("asOf").asText(),
        List.copyOf(ages),
        List.copyOf(rows),
        Charts.of(json, "bar", labels, ages, charted));
  }

  /** The API's case list ({@code /api/cases?...}) as the workbench's case search. */
  static String search(String list) {
    int query = list.indexOf('?');
    return query < 0 ? null : Drill.SEARCH + list.substring(query);
  }

  private static int column(List<Column> ages, String code) {
    for (int i = 0; i < ages.size(); i++) {
      if (ages.get(i).name().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  private static Value[] empty(int size) {
    Value[] row = new Value[size];
    for (int i = 0; i < size; i++) {
      row[i] = new Value("0", null, false, 0L);
    }
    return row;
  }
}
