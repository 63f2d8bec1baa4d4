/**
 * The events of a petition or public demand (信访 / 群众诉求), from registration through acceptance,
 * reply, resolution and rating to review (复查) and re-review (复核). A petition counts the persons who
 * brought it, never who they are.
 */
package org.disputeregistry.events.petition;
