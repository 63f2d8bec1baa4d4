package org.disputeregistry.query.reconsideration;

/** The year's reconsideration figures (DESIGN.md 4.4), by business date. */
public record ReconsiderationTotals(int year, long received) {}
