package org.disputeregistry.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * COPY's text of a row is what the values' own text forms give, escaped: {@link UUID#toString},
 * {@link Long#toString}, and a string's escapes encoded as {@link String#getBytes} encodes UTF-8.
 */
class InsertCopyTextTest {

  @Test
  void valuesAreWrittenAsTheirOwnTextForms() {
    Random random = new Random(16);
    List<String> expected = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      UUID id = new UUID(random.nextLong(), random.nextLong());
      long big = i < 4 ? new long[] {0, Long.MIN_VALUE, Long.MAX_VALUE, -1}[i] : random.nextLong();
      int small = random.nextInt(2_000_001) - 1_000_000;
      String text = text(random);
      rows.add(List.of(id, big, small, (short) (small % 1000), text));
      expected.add(
          id
              + "\t"
              + big
              + "\t"
              + small
              + "\t"
              + (short) (small % 1000)
              + "\t"
              + text.replace("\\", "\\\\")
                  .replace("\t", "\\t")
                  .replace("\n", "\\n")
                  .replace("\r", "\\r")
              + "\n");
    }

    byte[] copied = InsertCopy.of("t", List.of("a", "b", "c", "d", "e"), rows).orElseThrow().text();

    assertThat(copied).isEqualTo(String.join("", expected).getBytes(StandardCharsets.UTF_8));
  }

  /** Letters, escapes, Latin-1, CJK, a character beyond the BMP, and lone surrogates. */
  private static String text(Random random) {
    String[] pieces = {
      "a",
      "Z",
      "9",
      " ",
      "\\",
      "\t",
      "\n",
      "\r",
      "\\N",
      "é",
      "ß",
      "光明区",
      "\uD83D\uDE00",
      "\uD800",
      "\uDC00",
      "—"
    };
    StringBuilder text = new StringBuilder();
    for (int n = random.nextInt(12); n > 0; n--) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}
