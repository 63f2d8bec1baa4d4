package org.disputeregistry.query.counts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of a case type's figures for one period (and one breakdown value), in the order of
 * their definitions: that order is the order of the JSON object.
 */
public final class Figures {

  private final Map<String, Object> values;

  private Figures(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** Every figure's value in the tally. */
  static Figures of(List<Figure<?>> figures, Tally tally) {
    Map<String, Object> values = new LinkedHashMap<>();
    figures.forEach(f -> values.put(f.name(), f.of(tally)));
    return new Figures(values);
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
    return new Figures(copy);
  }

  /** The JSON of the figures: an object with one member per figure. */
  @JsonValue
  public Map<String, Object> values() {
    return values;
  }
}
