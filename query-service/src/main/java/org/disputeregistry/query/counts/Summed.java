package org.disputeregistry.query.counts;

import java.math.BigDecimal;
import java.util.List;

/** A whole-number sum of a measure's amounts (the persons of the petitions registered). */
public record Summed(String name, String zh, String definition, Measure measure)
    implements Figure<Long> {

  @Override
  public List<Measure> measures() {
    return List.of(measure);
  }

  @Override
  public Long of(Tally tally) {
    return tally.byDetail(measure.name()).values().stream()
        .map(Total::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .longValueExact();
  }
}
