/**
 * {@code ./run.sh token NAME}: an access token from the running server, got the way a real client
 * gets it. For a demo account, the authorization code flow with PKCE of the public client {@code
 * registry-cli}, played as a browser would (the login form, its CSRF token, the redirects); for a
 * client acting for itself, client credentials with the secret kept in the data directory.
 */
package org.disputeregistry.authserver.token;
