/**
 * The case list ({@code GET /api/cases}): one summary row per case in {@code case_summary}, kept by
 * {@link org.disputeregistry.query.cases.CaseSummaryProjection} like every read model (exactly
 * once, parked when it breaks a rule, rebuilt from the topic), searched, sorted and paged by {@link
 * org.disputeregistry.query.cases.CaseList}.
 *
 * <p>Why a table of its own rather than a view or a join over the statistics' case tables: the list
 * sorts and pages every case type together by received date, number, organisation or due date, and
 * an index can serve that only on one table; the statistics' tables lack what the list shows
 * (state, owning organisation, handler of a petition, running due date, version) and keep what it
 * must not (counted flags, amounts); and read models may not be views (a rebuild switches tables).
 * The few columns both hold (number, dates, ending) come from the same events by the same codes
 * ({@code Ending}, {@code Conclusion}, {@code Resolution}). A drill-down does not copy a figure's
 * rule: it selects the cases from the figure's own case table by the figure's definition ({@link
 * org.disputeregistry.query.counts.FigureQueries#cases}) and shows their summary rows.
 *
 * <p>Service-contact days are not cases (a site's log of a day: no number, state or handler) and
 * are not listed.
 */
package org.disputeregistry.query.cases;
