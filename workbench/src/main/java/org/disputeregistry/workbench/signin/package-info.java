/**
 * Signing in: OAuth 2 login with the workbench's confidential client (authorization code + PKCE),
 * tokens kept in the server-side session, the user's roles and organisation read from the access
 * token's claims like the services read them, CSRF protection, and signing out at the provider too.
 */
package org.disputeregistry.workbench.signin;
