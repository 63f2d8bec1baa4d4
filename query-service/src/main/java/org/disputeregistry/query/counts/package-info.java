/**
 * How every figure is counted: a case type's figures ({@link
 * org.disputeregistry.query.counts.CaseFigures}) are defined once over its read-model table as
 * measures ("this case counts once, on this business day"), and both the counters kept in {@code
 * statistic_count} and the case-table queries of filtered or as-of questions are generated from
 * those measures, and so is the drill-down from a figure to the cases it counts ({@link
 * org.disputeregistry.query.counts.Figure#cases}). The one rule: a figure is read only through its
 * definition ({@link org.disputeregistry.query.counts.Figure#of}), so the counted and the filtered
 * way cannot disagree.
 */
package org.disputeregistry.query.counts;
