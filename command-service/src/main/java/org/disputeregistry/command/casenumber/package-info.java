/**
 * Case numbers unique per case type and year across all cases, claimed in a table of their own in
 * the transaction that appends the case's first event, so a failed append releases the number.
 */
package org.disputeregistry.command.casenumber;
