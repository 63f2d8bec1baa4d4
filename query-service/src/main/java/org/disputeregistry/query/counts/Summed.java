package org.disputeregistry.query.counts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A whole-number sum of a measure's amounts (the persons of the petitions registered). */
public record Summed(String name, String zh, String definition, Measure measure)
    implements Figure<Long> {

  @Override
  public List<Measure> measures() {
    return List.of(measure);
  }

  /** The cases whose contributions it sums. */
  @Override
  public Optional<String> cases(String part) {
    return part == null ? Optional.of(measure.counts(Measure.IN_PERIOD)) : Optional.empty();
  }

  @Override
  public Long of(Tally tally) {
    return tally.byDetail(measure.name()).values().stream()
        .map(Total::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .longValueExact();
  }
}
