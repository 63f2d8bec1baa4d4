package org.disputeregistry.query.deadletter;

import org.disputeregistry.query.projection.Outcome;

/**
 * What a replay did: {@code APPLIED} or {@code DUPLICATE} removed the dead letter, {@code PARKED}
 * kept it with the new {@code reason}.
 */
public record ReplayResult(long id, Outcome.Kind outcome, String reason, boolean removed) {}
