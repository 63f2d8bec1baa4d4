/**
 * The reference data (streets, communities, categories, mediation centres) as the pages show it:
 * labels in the user's language, choices of the forms, and the communities of a street for htmx.
 */
package org.disputeregistry.workbench.reference;
