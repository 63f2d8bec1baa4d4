/**
 * The statutory time limits still running on a day (overdue and due-soon lists), one row per limit
 * ({@code case_deadline}, fed by the events, so a case may have several), with the article of each
 * under the law of the case's receipt date. Due dates are those the command side set, extensions
 * included; a suspended reconsideration's limit does not run. Filtered and scoped as the case list.
 */
package org.disputeregistry.query.deadline;
