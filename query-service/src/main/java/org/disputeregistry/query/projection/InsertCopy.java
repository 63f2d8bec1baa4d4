package org.disputeregistry.query.projection;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
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
  private final Text rows;

  private InsertCopy(String sql, Text rows) {
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
    Text text = new Text(rows.size() * 256);
    for (Collection<?> row : rows) {
      boolean first = true;
      for (Object value : row) {
        if (!first) {
          text.write('\t');
        }
        first = false;
        if (!append(text, value)) {
          return Optional.empty();
        }
      }
      text.write('\n');
    }
    // Column and table names are constants of the read models, never input.
    return Optional.of(
        new InsertCopy("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN", text));
  }

  /** The rows as COPY's text, as {@link #send} sends them. */
  byte[] text() {
    return Arrays.copyOf(rows.array(), rows.size());
  }

  /** Sends the rows over the given connection (the transaction's). */
  void send(Connection connection) throws SQLException {
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    try {
      copy.writeToCopy(rows.array(), 0, rows.size());
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  /** The value in COPY's text format; false if it has none here. */
  private static boolean append(Text text, Object value) {
    if (value == null) {
      text.ascii("\\N");
    } else if (value instanceof String s) {
      text.escaped(s);
    } else if (value instanceof UUID
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short) {
      text.ascii(value.toString());
    } else if (value instanceof Boolean b) {
      text.write(b ? 't' : 'f');
    } else if (value instanceof BigDecimal d) {
      text.ascii(d.toPlainString());
    } else if (value instanceof LocalDate day && day.getYear() >= 1 && day.getYear() <= 9999) {
      text.day(day);
    } else if (value instanceof String[] array) {
      text.escaped(arrayLiteral(array));
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
   * The rows' text as UTF-8, written straight into the array the driver sends: a string builder of
   * them turned to UTF-16 at the first character outside Latin-1 (a case number, an agency), and
   * was copied and encoded once more at the end.
   */
  private static final class Text {

    private byte[] bytes;
    private int size;

    Text(int capacity) {
      bytes = new byte[Math.max(capacity, 64)];
    }

    byte[] array() {
      return bytes;
    }

    int size() {
      return size;
    }

    /** One character below 128, or one byte. */
    void write(int value) {
      if (size == bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
      bytes[size++] = (byte) value;
    }

    /** Characters below 128 without a special meaning in COPY's text format. */
    void ascii(String value) {
      for (int i = 0; i < value.length(); i++) {
        write(value.charAt(i));
      }
    }

    /** ISO yyyy-MM-dd, as PostgreSQL reads a date (the year has four digits here). */
    void day(LocalDate day) {
      digits(day.getYear(), 4);
      write('-');
      digits(day.getMonthValue(), 2);
      write('-');
      digits(day.getDayOfMonth(), 2);
    }

    private void digits(int value, int count) {
      for (int power = count == 4 ? 1000 : 10; power > 0; power /= 10) {
        write('0' + value / power % 10);
      }
    }

    /**
     * The value's UTF-8 bytes (as {@link String#getBytes} encodes it: a lone surrogate as '?'), a
     * backslash and the characters that end a value or a row written as escapes ({@link #escape},
     * the one rule). UTF-8 never uses the bytes of those characters inside another character's.
     */
    void escaped(String value) {
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      ensure(utf8.length * 2);
      for (byte b : utf8) {
        String escape = escape(b);
        if (escape == null) {
          bytes[size++] = b;
        } else {
          bytes[size++] = (byte) escape.charAt(0);
          bytes[size++] = (byte) escape.charAt(1);
        }
      }
    }

    private void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    /**
     * The escape (two characters) of a character with a meaning in COPY's text format; null for any
     * other.
     */
    private static String escape(byte ch) {
      return switch (ch) {
        case '\\' -> "\\\\";
        case '\t' -> "\\t";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        default -> null;
      };
    }
  }
}
