/**
 * Commercial mediation (商事调解): its projection into {@code commercial_mediation_case} and its
 * figures. What happened after an agreement (judicial confirmation, performance) is counted over
 * the agreements signed in the period.
 */
package org.disputeregistry.query.mediation;
