package org.disputeregistry.query.deadletter;

import java.time.Instant;

public record DeadLetterSummary(
    long id,
    String topic,
    int partition,
    long offset,
    String key,
    String reason,
    Instant parkedAt) {}
