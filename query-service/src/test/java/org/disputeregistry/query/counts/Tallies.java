package org.disputeregistry.query.counts;

import java.math.BigDecimal;

/** Tallies written by hand, for tests of figures without a database. */
public final class Tallies {

  private final Tally.Builder builder = new Tally.Builder();

  private Tallies() {}

  public static Tallies tally() {
    return new Tallies();
  }

  /** {@code cases} counted under the figure's measure in the period, with a detail. */
  public Tallies in(Counted figure, String detail, long cases) {
    return in(figure.measure(), detail, cases);
  }

  /** {@code cases} counted under the figure's measure in the period. */
  public Tallies in(Counted figure, long cases) {
    return in(figure.measure(), "", cases);
  }

  public Tallies in(Measure measure, String detail, long cases) {
    builder.add(measure.name(), detail, new Total(cases, BigDecimal.ZERO), 0);
    return this;
  }

  /** {@code cases} with a sum of amounts, in the period. */
  public Tallies in(Measure measure, String detail, long cases, String amount) {
    builder.add(measure.name(), detail, new Total(cases, new BigDecimal(amount)), 0);
    return this;
  }

  /** {@code cases} counted under a cumulative measure before the period. */
  public Tallies before(Measure measure, long cases) {
    builder.add(measure.name(), "", Total.ZERO, cases);
    return this;
  }

  public Tally build() {
    return builder.build();
  }
}
