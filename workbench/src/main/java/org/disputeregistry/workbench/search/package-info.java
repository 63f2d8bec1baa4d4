/**
 * The case search: every filter of the query side's case list ({@code GET /api/cases}) in a form
 * whose state is the page's URL (a link to a filtered search, or to the cases behind a statistic's
 * figure, works), the results sorted by their column headers and paged as the API pages them, each
 * case number a link to its case page, and the list as CSV, every page of it, through the workbench
 * with the user's token.
 */
package org.disputeregistry.workbench.search;
