package org.disputeregistry.query.counts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of a case type's figures for one period (and one breakdown value), in the order of
 * their definitions: that order is the order of the JSON object.
 */
public final class Figures {

  /** The JSON member that lists what was suppressed (no figure has this name). */
  static final String SUPPRESSED = "suppressed";

  private final Map<String, Object> values;
  private final List<String> suppressed;

  /** The definitions of the figures, by name: their words for a spreadsheet (not in JSON). */
  private final Map<String, Figure<?>> definitions;

  private Figures(
      Map<String, Object> values, List<String> suppressed, Map<String, Figure<?>> definitions) {
    this.values = Collections.unmodifiableMap(values);
    this.suppressed = List.copyOf(suppressed);
    this.definitions = definitions;
  }

  /** Every figure's value in the tally. */
  static Figures of(List<Figure<?>> figures, Tally tally) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Figure<?>> definitions = new LinkedHashMap<>();
    figures.forEach(
        f -> {
          values.put(f.name(), f.of(tally));
          definitions.put(f.name(), f);
        });
    return new Figures(values, List.of(), Collections.unmodifiableMap(definitions));
  }

  /** The definition of a figure of these, if it is one. */
  public Optional<Figure<?>> definition(String name) {
    return Optional.ofNullable(definitions.get(name));
  }

  @SuppressWarnings("unchecked")
  public <T> T get(Figure<T> figure) {
    if (!values.containsKey(figure.name())) {
      throw new IllegalArgumentException("No figure " + figure.name() + " here");
    }
    return (T) values.get(figure.name());
  }

  /** The same figures with one value put in (a figure that another read model supplies). */
  public <T> Figures with(Figure<T> figure, T value) {
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.put(figure.name(), value);
    return new Figures(copy, suppressed, definitions);
  }

  /** The same figures with small counts hidden ({@link SmallCells}), naming what was hidden. */
  Figures suppressed(Map<String, Object> shown, List<String> hidden) {
    return new Figures(new LinkedHashMap<>(shown), hidden, definitions);
  }

  /**
   * What small-cell suppression hid: figure names, {@code name.code} for a count under a code or a
   * currency's amount. Empty when nothing was.
   */
  public List<String> suppressedCells() {
    return suppressed;
  }

  /**
   * The JSON of the figures: an object with one member per figure, and {@code suppressed} listing
   * the figures shown as null because their counts are small.
   */
  @JsonValue
  public Map<String, Object> values() {
    if (suppressed.isEmpty()) {
      return values;
    }
    Map<String, Object> json = new LinkedHashMap<>(values);
    json.put(SUPPRESSED, suppressed);
    return Collections.unmodifiableMap(json);
  }
}
