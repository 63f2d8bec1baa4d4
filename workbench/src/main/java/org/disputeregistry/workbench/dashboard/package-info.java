/**
 * The analyst's dashboard: for a year or a period and a case type, the statistics API's rates
 * (percent, numerator / denominator, definition), counts, a monthly trend and a by-street chart
 * (ECharts, drawn by {@code /js/dashboard.js} from data the page carries, with tables as their
 * fallback), a table per breakdown dimension the API offers with its CSV, and every count of cases
 * a link to the case search with the drill-down parameters of {@code GET /api/cases}. Every number
 * is the API's: the page formats, never computes.
 */
package org.disputeregistry.workbench.dashboard;
