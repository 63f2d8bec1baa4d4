/** The overdue and due-soon API; "today" is the configured clock's day in the district's zone. */
package org.disputeregistry.query.deadline.web;
