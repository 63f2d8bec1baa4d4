/**
 * Petitions and public demands (信访 / 群众诉求): the projection into {@code petition_case} and the
 * figures. Every step after acceptance counts in the cohort of the acceptance day, bounded by an
 * as-of date when one is asked.
 */
package org.disputeregistry.query.petition;
