/**
 * Back-fill: historical cases loaded from NDJSON, one whole case per line, each line the API's own
 * bodies named by the {@link org.disputeregistry.command.backfill.StepTable} of its case type, each
 * line loaded whole or not at all and refused with the API's codes.
 *
 * <p>What bypasses the command bus, and why. A batch whose cases are all new is recorded by {@link
 * org.disputeregistry.command.backfill.InMemoryCases}: each case is created in memory and every
 * command of its line is handled by the aggregate's own command handlers, in a unit of work that
 * carries the same metadata (actor, correlation) as the bus gives; the events are appended at the
 * batch's commit with one batched INSERT, and {@link
 * org.disputeregistry.command.backfill.BatchClaims} makes the batch's case-number claims with one
 * statement in the same transaction. This skips what a new case does not need (an event-store read,
 * the aggregate lock, a dispatch and a nested transaction per command): about 10,000 events/s
 * instead of about 2,000. Handler interceptors registered on the command bus itself (there are
 * none) would not run there; one added later must be added to {@code InMemoryCases} too.
 *
 * <p>What still holds: the same rules, events, metadata and serialisation as over HTTP (a test
 * compares the stored rows and the relayed envelopes of a case made both ways); a line is loaded
 * whole or not at all (a batch with a refused line rolls back and goes through the command bus,
 * first whole, then line by line); case numbers stay unique (the claims are rows of the same
 * transaction); a batch naming a stored case, or losing a race to another writer of the same case
 * (the event table's unique case id and sequence number), rolls back and goes through the command
 * bus, which loads and checks the stored case; a re-run of the same file appends nothing (case and
 * step ids, derived from the case id and position when a line leaves them out); the relay publishes
 * the events once committed, as any others.
 */
package org.disputeregistry.command.backfill;
