package org.disputeregistry.query.counts;

import java.util.List;
import java.util.Optional;

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

  /**
   * Which cases the figure counts in a period ({@code :from} to {@code :to}, steps known by {@code
   * :asOf}): an SQL condition over its case table, generated from its measures like its counts.
   * {@code part} names a part of it (a rate's {@code numerator} or {@code denominator}, one code of
   * a figure by code), null the whole figure. Empty if the figure is not made of cases (a supplied
   * figure) or has no such part.
   */
  default Optional<String> cases(String part) {
    return Optional.empty();
  }
}
