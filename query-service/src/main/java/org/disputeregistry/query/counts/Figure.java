package org.disputeregistry.query.counts;

import java.util.List;

/**
 * One figure of the statistics API, defined once: its JSON name, its Chinese name and definition,
 * the measures it is read from and how. Every path (the counters, a filtered or as-of query of the
 * case table, the yearly totals, breakdowns and the documentation) reads the figure through this.
 *
 * @param <T> what the figure is in JSON: a number of cases, a {@link
 *     org.disputeregistry.query.statistics.Rate}, days, labelled counts, amounts
 */
public interface Figure<T> {

  /** The figure's name in JSON and CSV. */
  String name();

  /** Its Chinese name, as the reports say it. */
  String zh();

  /** What it counts, in English. */
  String definition();

  /** The measures it is read from. */
  List<Measure> measures();

  /** Its value in the counted contributions of a period. */
  T of(Tally tally);
}
