/**
 * Rules shared by the case types: plausible business dates, statutory periods and time limits that
 * stand still while suspended, exact amounts of money, and the error codes of every refusal ({@code
 * ErrorCode}, the {@code code} of the API's problem details). A rule reads today only from the
 * injected {@code Clock}, never from the system clock.
 */
package org.disputeregistry.command.rules;
