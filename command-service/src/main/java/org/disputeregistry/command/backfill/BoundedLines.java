package org.disputeregistry.command.backfill;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads NDJSON lines without trusting the input: a line longer than {@code maxLineLength}
 * characters, or a line past {@code maxLines}, ends the reading with {@link InputTooLarge} before
 * more of it is held in memory (a 200 MB line without a newline was an OutOfMemoryError).
 */
final class BoundedLines {

  private final Reader in;
  private final int maxLineLength;
  private final long maxLines;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private long lineNumber;

  BoundedLines(Reader in, int maxLineLength, long maxLines) {
    this.in = in;
    this.maxLineLength = maxLineLength;
    this.maxLines = maxLines;
  }

  /** The number of the line {@link #next} returned last, from 1. */
  long lineNumber() {
    return lineNumber;
  }

  /** The next line without its line break ({@code \n} or {@code \r\n}), or null at the end. */
  String next() throws IOException {
    StringBuilder line = null;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return line == null ? null : counted(line);
        }
      }
      if (line == null) {
        line = new StringBuilder();
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      if (line.length() + (position - start) > maxLineLength) {
        throw new InputTooLarge(
            BackfillCode.LINE_TOO_LONG,
            lineNumber + 1,
            "Line " + (lineNumber + 1) + " is longer than " + maxLineLength + " characters");
      }
      line.append(buffer, start, position - start);
      if (position < limit) {
        position++;
        return counted(line);
      }
    }
  }

  private String counted(StringBuilder line) {
    lineNumber++;
    if (lineNumber > maxLines) {
      throw new InputTooLarge(
          BackfillCode.TOO_MANY_LINES,
          lineNumber,
          "A back-fill takes at most " + maxLines + " lines; line " + lineNumber + " is one more");
    }
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      end--;
    }
    return line.substring(0, end);
  }

  /**
   * The input breaks a bound; the lines before {@link #line()} were read and, once the back-fill
   * has loaded them, {@link #loaded()} says what became of them.
   */
  static final class InputTooLarge extends RuntimeException {
    private final BackfillCode code;
    private final long line;
    private final transient BackfillReport loaded;

    InputTooLarge(BackfillCode code, long line, String message) {
      this(code, line, message, null);
    }

    private InputTooLarge(BackfillCode code, long line, String message, BackfillReport loaded) {
      super(message, null, false, false);
      this.code = code;
      this.line = line;
      this.loaded = loaded;
    }

    InputTooLarge withLoaded(BackfillReport report) {
      return new InputTooLarge(code, line, getMessage(), report);
    }

    BackfillReport loaded() {
      return loaded;
    }

    BackfillCode code() {
      return code;
    }

    long line() {
      return line;
    }
  }
}
