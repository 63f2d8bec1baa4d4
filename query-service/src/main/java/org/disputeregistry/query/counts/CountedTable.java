package org.disputeregistry.query.counts;

import java.util.Set;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.Query;

/**
 * What the cases of one read-model table add to the statistic counts. Each case row yields rows of
 * {@code (case_id, dimension_value, measure, detail, day, amount)}: "this case counts once, on this
 * day, under this measure", with an amount for sums (0 where nothing is summed). A row with a null
 * day or detail counts nothing. The counts are then, by definition, the sum of these rows over all
 * cases, whatever events brought each row to its state.
 */
public interface CountedTable {

  CaseType caseType();

  /** The dimension the counters are also kept per value of (street, centre). */
  Dimension dimension();

  /**
   * Measures also counted before a period: open cases, and the received measure so that every
   * dimension value with a case by the period's end has a row in a breakdown.
   */
  Set<String> cumulative();

  /**
   * A {@code SELECT} of the contribution rows over the table's cases, ending in a {@code WHERE}
   * clause that contains {@code {cases}} where the counts put their case filter.
   */
  String contributions();

  /** Whether the counters answer a query: no filters, and no breakdown but by the dimension. */
  default boolean answers(Query query) {
    return query.filters().isEmpty()
        && (query.breakdown() == null || query.breakdown() == dimension());
  }
}
