package org.disputeregistry.query.counts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A case type's figures of a year, of each of its months, and of the year per value of the type's
 * dimension (street, centre), ordered by value: what the annual totals are made of.
 */
public record YearFigures(Figures year, List<Figures> months, Map<String, Figures> byValue) {

  /** The same with every one of its figures changed by {@code change}. */
  public YearFigures map(UnaryOperator<Figures> change) {
    Map<String, Figures> values = new LinkedHashMap<>();
    byValue.forEach((value, figures) -> values.put(value, change.apply(figures)));
    return new YearFigures(change.apply(year), months.stream().map(change).toList(), values);
  }
}
