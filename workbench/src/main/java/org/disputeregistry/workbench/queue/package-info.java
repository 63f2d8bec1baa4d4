/**
 * My work queue: the open cases of the user's organisation (the API scopes officers and mediators
 * to it), overdue first, then by the due date of the time limit running now, with how many are
 * overdue, due within the week and due later, as the API counts them. Analysts have no queue:
 * theirs is the case search.
 */
package org.disputeregistry.workbench.queue;
