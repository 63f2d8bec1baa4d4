package org.disputeregistry.query.statistics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of figures: named columns and rows of values. JSON gives rows as objects; {@code Accept:
 * text/csv} gives the same table as CSV, and the spreadsheet media type as a workbook, which also
 * shows the {@link Layout}: title, the question the table answers, and column headers in words.
 */
public record Table(
    List<String> columns, List<Map<String, Object>> rows, @JsonIgnore Layout layout) {

  public Table(List<String> columns, List<Map<String, Object>> rows) {
    this(columns, rows, Layout.NONE);
  }

  public static Builder withColumns(String... columns) {
    return new Builder(List.of(columns));
  }

  /** What a column holds, for a spreadsheet: a rate and an amount take more than one cell. */
  public enum Kind {
    /** A code or words. */
    TEXT,
    /** A whole number. */
    COUNT,
    /** A decimal, such as days. */
    DECIMAL,
    /** A {@link Cell.Percent}: its percent, numerator and denominator. */
    RATE,
    /** A {@link Cell.Money}: the exact amount and its currency. */
    AMOUNT,
    /** A date. */
    DATE
  }

  /** A column in words: its Chinese and English headers and what it holds. */
  public record Header(String zh, String en, Kind kind) {}

  /** A fact of the question the table answers (period, filters, as of), written above it. */
  public record Note(String zh, String en, String value) {}

  /**
   * How a spreadsheet shows the table: its title, notes and the headers by column name. A column
   * without a header is headed by its name, its kind read from its values.
   */
  public record Layout(String zh, String en, List<Note> notes, Map<String, Header> headers) {
    static final Layout NONE = new Layout("", "", List.of(), Map.of());

    public Header header(String column) {
      return headers.getOrDefault(column, new Header(column, column, null));
    }
  }

  public static final class Builder {
    private final List<String> columns;
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final Map<String, Header> headers = new LinkedHashMap<>();
    private final List<Note> notes = new ArrayList<>();
    private String zh = "";
    private String en = "";

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

    /** The table's title in both languages. */
    public Builder titled(String zh, String en) {
      this.zh = zh;
      this.en = en;
      return this;
    }

    public Builder note(String zh, String en, String value) {
      notes.add(new Note(zh, en, value));
      return this;
    }

    public Builder header(String column, String zh, String en, Kind kind) {
      if (!columns.contains(column)) {
        throw new IllegalArgumentException("No column " + column);
      }
      headers.put(column, new Header(zh, en, kind));
      return this;
    }

    public Table build() {
      return new Table(
          columns,
          List.copyOf(rows),
          new Layout(zh, en, List.copyOf(notes), Collections.unmodifiableMap(headers)));
    }
  }
}
