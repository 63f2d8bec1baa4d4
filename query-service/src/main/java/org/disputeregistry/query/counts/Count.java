package org.disputeregistry.query.counts;

import java.time.LocalDate;
import org.disputeregistry.events.CaseType;

/** The key of one counter: the cases of a type counted under a measure on a day. */
record Count(CaseType caseType, String dimensionValue, String measure, String detail, LocalDate day)
    implements Comparable<Count> {

  /** The dimension value of the counters over all cases of the type. */
  static final String ALL = "";

  Count overAll() {
    return new Count(caseType, ALL, measure, detail, day);
  }

  /** Writers lock counters in this order, so two concurrent batches never deadlock. */
  @Override
  public int compareTo(Count other) {
    int c = caseType.compareTo(other.caseType);
    c = c != 0 ? c : dimensionValue.compareTo(other.dimensionValue);
    c = c != 0 ? c : day.compareTo(other.day);
    c = c != 0 ? c : measure.compareTo(other.measure);
    return c != 0 ? c : detail.compareTo(other.detail);
  }
}
