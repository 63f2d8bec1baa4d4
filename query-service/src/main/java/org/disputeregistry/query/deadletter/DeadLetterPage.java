package org.disputeregistry.query.deadletter;

import java.util.List;

/** One page of parked records, oldest first by topic position. */
public record DeadLetterPage(List<DeadLetterSummary> items, int page, int size, long total) {}
