/**
 * The annual report's statistics section for a year, as query-service renders it, in the user's
 * language: shown in a sandboxed frame of the page (the service's self-contained HTML, served
 * through the workbench with the user's token), and downloadable as HTML and Markdown.
 */
package org.disputeregistry.workbench.report;
