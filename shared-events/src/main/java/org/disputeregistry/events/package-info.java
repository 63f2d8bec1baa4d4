/**
 * The contract between the services and every other reader of the topic: the event records of each
 * case type (in the sub-packages), the {@link org.disputeregistry.events.EventEnvelope} they travel
 * in, their one JSON form ({@link org.disputeregistry.events.RegistryJson}), the catalogue of wire
 * names and revisions, the upcasters of older revisions, and the district's reference data. Plain
 * Java and Jackson only, so that any service, tool or consumer can depend on it. Its one rule: what
 * is published is never changed in place — a wire name never changes, a payload change old readers
 * cannot take raises the revision and brings an upcaster, and the JSON of every event is pinned by
 * an approval test and described by a generated JSON Schema.
 */
package org.disputeregistry.events;
