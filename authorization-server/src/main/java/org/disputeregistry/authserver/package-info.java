/**
 * The embedded OpenID Connect provider of {@code ./run.sh}: Spring Authorization Server with the
 * demo accounts and clients of the registry, access tokens (JWT, RS256) carrying {@code roles} and
 * {@code org}. Production connects the services to an external provider instead (docs/security.md).
 */
package org.disputeregistry.authserver;
