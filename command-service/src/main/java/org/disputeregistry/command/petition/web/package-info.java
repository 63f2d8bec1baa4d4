/**
 * The HTTP edge of petitions: {@code /api/petitions}, one POST per step. Request records validate
 * the body's shape and build the command; the case checks its rules, so the API and the back-fill
 * refuse the same things with the same codes.
 */
package org.disputeregistry.command.petition.web;
