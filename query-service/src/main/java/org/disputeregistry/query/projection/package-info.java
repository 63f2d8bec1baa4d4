/**
 * Applies the topic's events to the read models in batches, exactly once per event: offsets are
 * stored in the same database transaction as the rows (and the statistic counters), events out of
 * order or breaking a rule are parked as dead letters. Every read-model table is written through
 * {@link org.disputeregistry.query.projection.ReadModelWrites}, so a rebuild can aim the same code
 * at a shadow schema.
 */
package org.disputeregistry.query.projection;
