/**
 * The district's reference codes (streets, communities, categories, mediation centres) that a case
 * must name correctly; the data comes from shared-events' reference data or a file configured with
 * {@code registry.reference-data}.
 */
package org.disputeregistry.command.reference;
