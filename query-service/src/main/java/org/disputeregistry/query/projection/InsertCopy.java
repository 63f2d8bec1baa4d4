package org.disputeregistry.query.projection;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The inserts of many rows of one shape ({@link RowWrite}, same table and columns) sent as one
 * {@code COPY} in text format: a batched INSERT of the same rows is planned and executed row by
 * row, and its parameters bound one by one by the driver. A value of a type without a text form
 * here (text arrays have one), or a day outside the years 1 to 9999, leaves the rows to the INSERT.
 */
final class InsertCopy {

  /** Below this many rows a batched INSERT costs about as little. */
  static final int AT_LEAST = 16;

  private final String sql;
  private final byte[] rows;

  private InsertCopy(String sql, byte[] rows) {
    this.sql = sql;
    this.rows = rows;
  }

  /** The COPY of the rows (inserts of one shape), or empty if a value has no text form here. */
  static Optional<InsertCopy> of(String table, List<Map<String, Object>> rows) {
    return of(table, rows.get(0).keySet(), rows.stream().map(Map::values).toList());
  }

  /**
   * The COPY of rows of the given columns, each row's values in the columns' order; empty if a
   * value has no text form here.
   */
  static Optional<InsertCopy> of(
      String table, Collection<String> columns, List<? extends Collection<?>> rows) {
    StringBuilder text = new StringBuilder(rows.size() * 256);
    for (Collection<?> row : rows) {
      boolean first = true;
      for (Object value : row) {
        if (!first) {
          text.append('\t');
        }
        first = false;
        if (!append(text, value)) {
          return Optional.empty();
        }
      }
      text.append('\n');
    }
    // Column and table names are constants of the read models, never input.
    return Optional.of(
        new InsertCopy(
            "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN",
            text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** Sends the rows over the given connection (the transaction's). */
  void send(Connection connection) throws SQLException {
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    try {
      copy.writeToCopy(rows, 0, rows.length);
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  /** The value in COPY's text format; false if it has none here. */
  private static boolean append(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
    } else if (value instanceof String s) {
      escape(text, s);
    } else if (value instanceof UUID
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short) {
      text.append(value);
    } else if (value instanceof Boolean b) {
      text.append(b ? 't' : 'f');
    } else if (value instanceof BigDecimal d) {
      text.append(d.toPlainString());
    } else if (value instanceof LocalDate day && day.getYear() >= 1 && day.getYear() <= 9999) {
      text.append(day); // ISO yyyy-MM-dd, as PostgreSQL reads a date
    } else if (value instanceof String[] array) {
      escape(text, arrayLiteral(array));
    } else {
      return false;
    }
    return true;
  }

  /**
   * A text array as PostgreSQL's array literal, every element quoted (so that commas, braces,
   * blanks and the word NULL stay text) with its quotes and backslashes escaped; a null element as
   * NULL.
   */
  private static String arrayLiteral(String[] array) {
    StringBuilder literal = new StringBuilder().append('{');
    for (int i = 0; i < array.length; i++) {
      if (i > 0) {
        literal.append(',');
      }
      if (array[i] == null) {
        literal.append("NULL");
        continue;
      }
      literal.append('"');
      for (int c = 0; c < array[i].length(); c++) {
        char ch = array[i].charAt(c);
        if (ch == '"' || ch == '\\') {
          literal.append('\\');
        }
        literal.append(ch);
      }
      literal.append('"');
    }
    return literal.append('}').toString();
  }

  /**
   * A backslash and the characters that end a value or a row are written as escapes; the runs of
   * other characters between them as they are.
   */
  private static void escape(StringBuilder text, String value) {
    int from = 0;
    for (int i = 0; i < value.length(); i++) {
      String escaped =
          switch (value.charAt(i)) {
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> null;
          };
      if (escaped != null) {
        text.append(value, from, i).append(escaped);
        from = i + 1;
      }
    }
    text.append(value, from, value.length());
  }
}
