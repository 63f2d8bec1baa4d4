/**
 * The year's totals that the annual report is written from, read through the same figure
 * definitions as the statistics API, never from events: the year's latest published version ({@link
 * org.disputeregistry.query.report.PublishedTotals}, kept by the publication feature) or the live
 * figures, the totals saying which.
 */
package org.disputeregistry.query.report;
