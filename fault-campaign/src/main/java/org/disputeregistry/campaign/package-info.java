/**
 * The fault campaign ({@code -Pfault-campaign} only): the whole system started once through the
 * launcher, then, run after run under load, one part killed with SIGKILL at a random moment, the
 * recovery timed and every acknowledged step checked in the event store, on the topic and in the
 * read model. The one non-obvious rule: what the clients were told ({@code Ledger}) and the event
 * store are the references: a step answered 2xx must be stored, published and counted exactly once,
 * a step never answered may or may not be stored, and nothing may be on the topic or in the read
 * model that is not in the event store ({@code Findings}).
 */
package org.disputeregistry.campaign;
