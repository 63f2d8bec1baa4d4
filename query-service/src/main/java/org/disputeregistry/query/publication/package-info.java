/**
 * Published figures: an admin publishes a year's totals as a numbered version (1, 2, ...) that
 * never changes, the annual report is written from the latest one, and what was recorded or
 * corrected since is listed case by case. A version keeps, beside the totals, the contribution rows
 * of every case they were made of (the rows the counters sum), so the changes since are the
 * difference between those rows and the live ones, explained per case by the figures' own
 * definitions: exact, the same after a rebuild of the read models, and nothing for the projection
 * to do.
 */
package org.disputeregistry.query.publication;
