/**
 * The HTTP edge of commercial mediation: {@code /api/commercial-mediations}, one POST per step.
 * Request records validate the body's shape (amounts are exact decimals) and build the command; the
 * case checks its rules, so the API and the back-fill refuse the same things with the same codes.
 */
package org.disputeregistry.command.mediation.web;
