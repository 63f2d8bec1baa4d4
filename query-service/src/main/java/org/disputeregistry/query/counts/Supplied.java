package org.disputeregistry.query.counts;

import java.util.List;

/**
 * A figure that another read model supplies (person-times served): null until the statistics put
 * its value in.
 */
public record Supplied<T>(String name, String zh, String definition) implements Figure<T> {

  @Override
  public List<Measure> measures() {
    return List.of();
  }

  @Override
  public T of(Tally tally) {
    return null;
  }
}
