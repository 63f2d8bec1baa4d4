package org.disputeregistry.query.statistics;

/** A count under a code, with the code's labels for reports. */
public record Labelled(String code, String zh, String en, Long count) {}
