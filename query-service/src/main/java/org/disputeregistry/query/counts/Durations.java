package org.disputeregistry.query.counts;

import java.util.List;
import java.util.Optional;
import org.disputeregistry.query.statistics.Days;

/** Mean and median of a duration in whole days, which the measure has as its detail. */
public record Durations(String name, String zh, String definition, Measure measure)
    implements Figure<Days> {

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
  public Days of(Tally tally) {
    return tally.days(measure.name());
  }
}
