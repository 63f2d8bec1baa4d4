/**
 * The annual report's statistics section for a year, as query-service renders it, in the user's
 * language: shown in a sandboxed frame of the page (the service's self-contained HTML, served
 * through the workbench with the user's token), and downloadable as HTML and Markdown; from the
 * year's published figures (its latest version) or the live ones, the page saying which.
 */
package org.disputeregistry.workbench.report;
