/**
 * The command side's part of authorisation beyond roles: the organisation scope of the stored cases
 * (who may write, or read on this side, a case of which owner), checked before a request's body is
 * read. Roles, tokens and the 401/403 answers are web-support's ({@code
 * org.disputeregistry.web.security}); the owner of a case and who may write it are shared-events'
 * {@code Ownership}.
 */
package org.disputeregistry.command.security;
