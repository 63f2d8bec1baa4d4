/**
 * Rebuilds every read model from the start of the topic into a shadow schema while the live one
 * keeps answering, then switches the filled copies in with one transaction. One instance rebuilds
 * at a time (a database advisory lock).
 */
package org.disputeregistry.query.rebuild;
