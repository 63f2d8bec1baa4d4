package org.disputeregistry.query.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of figures: named columns and rows of values. JSON gives rows as objects; {@code Accept:
 * text/csv} gives the same table as CSV.
 */
public record Table(List<String> columns, List<Map<String, Object>> rows) {

  public static Builder withColumns(String... columns) {
    return new Builder(List.of(columns));
  }

  public static final class Builder {
    private final List<String> columns;
    private final List<Map<String, Object>> rows = new ArrayList<>();

    private Builder(List<String> columns) {
      this.columns = columns;
    }

    /** Values in column order. */
    public Builder row(Object... values) {
      if (values.length != columns.size()) {
        throw new IllegalArgumentException(
            values.length + " values for " + columns.size() + " columns");
      }
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < values.length; i++) {
        row.put(columns.get(i), values[i]);
      }
      rows.add(Collections.unmodifiableMap(row));
      return this;
    }

    public Table build() {
      return new Table(columns, List.copyOf(rows));
    }
  }
}
