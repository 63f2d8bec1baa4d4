/**
 * The events of a commercial mediation case (商事调解) at one of the district's centres, from the
 * application through the mediator's sessions to the agreement, its judicial confirmation and
 * performance. Amounts are {@link org.disputeregistry.events.Money}: exact decimals written as
 * strings, so that no consumer reads them as floating point.
 */
package org.disputeregistry.events.mediation;
