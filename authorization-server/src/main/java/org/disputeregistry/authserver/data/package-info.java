/**
 * What the server keeps in its data directory ({@code REGISTRY_AUTH_DATA_DIR}): the RSA signing key
 * and the client secrets, generated once and reused, readable by the owner only. Registered clients
 * and authorizations stay in memory: tokens are self-contained JWTs, so a restart invalidates none.
 */
package org.disputeregistry.authserver.data;
