package org.disputeregistry.query.deadletter.web;

import java.util.List;
import org.disputeregistry.query.deadletter.DeadLetterSummary;

/** One page of parked records, oldest first by topic position. */
record DeadLetterPage(List<DeadLetterSummary> items, int page, int size, long total) {}
