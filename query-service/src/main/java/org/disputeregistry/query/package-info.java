/**
 * The registry's read side: it consumes the case-event topic into PostgreSQL read models and
 * answers the statistics, deadline and administration APIs. It shares only the event contract
 * (shared-events) with the command side, never its code, and reads no event store: everything here
 * can be rebuilt from the topic.
 */
package org.disputeregistry.query;
