/**
 * The query side's case list ({@code GET /api/cases}) as the pages show it: each row with the
 * labels of its codes in the user's language and the URL of its case page; the list's query
 * parameters kept as the page's own, so that a link to a filtered list works.
 */
package org.disputeregistry.workbench.caselist;
