package org.disputeregistry.query.deadletter;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A parked record with its value as text (as it was on the topic, if that was UTF-8). */
public record DeadLetterDetail(@JsonUnwrapped DeadLetterSummary summary, String value) {}
