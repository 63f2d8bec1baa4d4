package org.disputeregistry.query.deadletter;

/** What replaying every dead letter did. */
public record ReplaySummary(int replayed, int applied, int duplicates, int stillParked) {}
