/**
 * Records the projection could not apply ("dead letters"), kept with the reason, listed and
 * replayed on request. A replay runs a record through the same checks as the live projection and
 * settles the dead letter in the same transaction, so a record is never applied twice nor lost.
 */
package org.disputeregistry.query.deadletter;
