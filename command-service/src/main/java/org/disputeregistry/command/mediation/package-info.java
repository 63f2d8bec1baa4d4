/**
 * Commercial mediation (商事调解): the {@code CommercialMediationCase} aggregate, its commands and
 * rules, and the case's view folded from its events ({@code CommercialMediationViewFold}). Sessions
 * and an agreement need an appointed mediator, whose name their events carry; a recusal frees the
 * case for the next appointment. Amounts of money are exact and normalised to the currency.
 */
package org.disputeregistry.command.mediation;
