package org.disputeregistry.query.projection;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
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
 * here, or a day outside the years 1 to 9999, leaves the rows to the INSERT.
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
    StringBuilder text = new StringBuilder(rows.size() * 256);
    for (Map<String, Object> row : rows) {
      boolean first = true;
      for (Object value : row.values()) {
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
    String columns = String.join(", ", rows.get(0).keySet());
    return Optional.of(
        new InsertCopy(
            "COPY " + table + " (" + columns + ") FROM STDIN",
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
    } else {
      return false;
    }
    return true;
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
