package org.disputeregistry.query.directory;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds the entry a name means: its canonical name or one of its aliases, compared after {@link
 * #normalised normalisation}, so full-width letters, spaces and letter case never split an entry.
 * Anything else is no match: text is never guessed at.
 */
public final class NameDirectory<T> {

  /** Texts differing only in white space are one name: {@link #normalised}. */
  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u3000]+");

  private final Map<String, T> byName = new HashMap<>();

  /**
   * The names as the reference data spells them, which most texts repeat: their entry is known
   * without normalising them (a name's normalised form is its entry's).
   */
  private final Map<String, T> bySpelling = new HashMap<>();

  /**
   * @param names an entry's canonical name and aliases
   * @throws IllegalArgumentException if one name would mean two entries
   */
  public NameDirectory(List<T> entries, Function<T, List<String>> names) {
    for (T entry : entries) {
      for (String name : names.apply(entry)) {
        bySpelling.put(name, entry);
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
    if (text == null) {
      return Optional.empty();
    }
    T spelled = bySpelling.get(text);
    return Optional.ofNullable(spelled != null ? spelled : byName.get(normalised(text)));
  }

  /**
   * NFKC (full-width Latin letters, digits and brackets become their usual form), lower case, and
   * no white space at all (ideographic spaces included): spellings that differ only so are one.
   */
  static String normalised(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .transform(t -> WHITE_SPACE.matcher(t).replaceAll(""))
        .toLowerCase(Locale.ROOT);
  }
}
