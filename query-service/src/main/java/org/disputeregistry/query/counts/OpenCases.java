package org.disputeregistry.query.counts;

import java.util.List;
import java.util.Optional;

/**
 * Cases open on the first or the last day of the period: opened before it (by its end) and not
 * closed by then. Both measures are cumulative, so the counters read them from all earlier days.
 *
 * @param opened counts a case on the day it opened
 * @param openedAndClosed counts a case that opened and closed, on the later of the two days
 */
public record OpenCases(
    String name,
    String zh,
    String definition,
    Measure opened,
    Measure openedAndClosed,
    boolean atEnd)
    implements Figure<Long> {

  public OpenCases {
    if (!opened.cumulative() || !openedAndClosed.cumulative()) {
      throw new IllegalArgumentException(name + " needs cumulative measures");
    }
  }

  @Override
  public List<Measure> measures() {
    return List.of(opened, openedAndClosed);
  }

  /** Opened by the day and not both opened and closed by then: the difference {@link #of} takes. */
  @Override
  public Optional<String> cases(String part) {
    if (part != null) {
      return Optional.empty();
    }
    String by = atEnd ? "%s <= :to" : "%s < :from";
    return Optional.of("(" + opened.counts(by) + " AND NOT " + openedAndClosed.counts(by) + ")");
  }

  @Override
  public Long of(Tally tally) {
    return atEnd
        ? tally.through(opened.name()) - tally.through(openedAndClosed.name())
        : tally.before(opened.name()) - tally.before(openedAndClosed.name());
  }
}
