/**
 * The events of an administrative reconsideration case (行政复议), from the application to its one
 * ending, and the closed sets they name (procedure, decision outcome, withdrawal reason, ...).
 * Applicants are recorded by kind only, never by identity: an event store cannot forget personal
 * data. Due dates computed by the command side travel in the events, so readers never recompute a
 * statutory period.
 */
package org.disputeregistry.events.reconsideration;
