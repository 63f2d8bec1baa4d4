package org.disputeregistry.query.deadletter.web;

/** What replaying every dead letter did. */
record ReplaySummary(int replayed, int applied, int duplicates, int stillParked) {}
