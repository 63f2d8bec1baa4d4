/**
 * The year's totals that the annual report is written from, read through the same figure
 * definitions as the statistics API, never from events.
 */
package org.disputeregistry.query.report;
