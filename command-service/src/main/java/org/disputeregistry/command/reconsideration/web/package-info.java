/**
 * The HTTP edge of administrative reconsideration: {@code /api/reconsiderations}, one POST per
 * step. Request records validate the body's shape (types, sizes, patterns) and build the command;
 * every rule about the case itself is checked by the case, so the API and the back-fill refuse the
 * same things with the same codes.
 */
package org.disputeregistry.command.reconsideration.web;
