package org.disputeregistry.query.directory;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the entry a name means: its canonical name or one of its aliases, compared after {@link
 * #normalised normalisation}, so full-width letters, spaces and letter case never split an entry.
 * Anything else is no match: text is never guessed at.
 */
public final class NameDirectory<T> {

  private final Map<String, T> byName = new HashMap<>();

  /**
   * @param names an entry's canonical name and aliases
   * @throws IllegalArgumentException if one name would mean two entries
   */
  public NameDirectory(List<T> entries, Function<T, List<String>> names) {
    for (T entry : entries) {
      for (String name : names.apply(entry)) {
        T other = byName.putIfAbsent(normalised(name), entry);
        if (other != null && !other.equals(entry)) {
          throw new IllegalArgumentException(
              "The name " + name + " is given to two entries of a directory");
        }
      }
    }
  }

  /** The entry the text means, if the directory knows it. */
  public Optional<T> match(String text) {
    return text == null ? Optional.empty() : Optional.ofNullable(byName.get(normalised(text)));
  }

  /**
   * NFKC (full-width Latin letters, digits and brackets become their usual form), lower case, and
   * no white space at all (ideographic spaces included): spellings that differ only so are one.
   */
  static String normalised(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replaceAll("[\\s\\u3000]+", "")
        .toLowerCase(Locale.ROOT);
  }
}
