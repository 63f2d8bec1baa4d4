/**
 * Writes the statistics section of the annual rule-of-law report — Chinese first, English too — as
 * Markdown, a self-contained HTML page and SVG charts, from the query side's yearly totals ({@link
 * org.disputeregistry.report.AnnualTotals}); a library for query-service's report endpoint and a
 * command-line program ({@link org.disputeregistry.report.ReportCli}). Its rule: it computes
 * nothing and never reads events or the event store — every figure, numerator and denominator comes
 * from the totals, and the templates only put them into sentences and tables.
 */
package org.disputeregistry.report;
