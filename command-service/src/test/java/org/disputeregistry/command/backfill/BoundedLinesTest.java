package org.disputeregistry.command.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {

  static List<String> all(BoundedLines lines) throws IOException {
    List<String> read = new ArrayList<>();
    for (String line = lines.next(); line != null; line = lines.next()) {
      read.add(line);
    }
    return read;
  }

  /** An endless line: never a newline, never an end. */
  static Reader endless() {
    return new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) {
        java.util.Arrays.fill(buffer, offset, offset + length, 'x');
        return length;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void linesAreSplitOnNewlinesWithOrWithoutCarriageReturnAndALastLineWithoutNewline()
      throws IOException {
    BoundedLines lines = new BoundedLines(new StringReader("a\r\nbb\n\nccc"), 10, 10);

    assertThat(all(lines)).containsExactly("a", "bb", "", "ccc");
    assertThat(lines.lineNumber()).isEqualTo(4);
  }

  @Test
  void aLineOfExactlyTheMaximumIsRead() throws IOException {
    assertThat(all(new BoundedLines(new StringReader("12345\n12345"), 5, 10)))
        .containsExactly("12345", "12345");
  }

  @Test
  void aLineWithoutEndIsRefusedAtTheMaximumNamingItsNumber() throws IOException {
    BoundedLines lines = new BoundedLines(endless(), 1_000_000, 10);

    assertThatThrownBy(lines::next)
        .isInstanceOfSatisfying(
            BoundedLines.InputTooLarge.class,
            e -> {
              assertThat(e.code()).isEqualTo(BackfillCode.LINE_TOO_LONG);
              assertThat(e.line()).isEqualTo(1);
            });
  }

  @Test
  void theLineAfterTheMaximumNumberIsRefused() throws IOException {
    BoundedLines lines = new BoundedLines(new StringReader("1\n2\n3\n"), 10, 2);
    lines.next();
    lines.next();

    assertThatThrownBy(lines::next)
        .isInstanceOfSatisfying(
            BoundedLines.InputTooLarge.class,
            e -> {
              assertThat(e.code()).isEqualTo(BackfillCode.TOO_MANY_LINES);
              assertThat(e.line()).isEqualTo(3);
            });
  }
}
