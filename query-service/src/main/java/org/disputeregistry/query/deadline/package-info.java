/**
 * The statutory time limits still running on a day (overdue and due-soon lists), read from the case
 * tables. Due dates are those the command side set, extensions included; a suspended
 * reconsideration's limit does not run.
 */
package org.disputeregistry.query.deadline;
