/**
 * Who may call what, the same in both services: OAuth 2 resource servers that take the caller's
 * {@link org.disputeregistry.web.security.Identity} (subject, organisation, roles) from a JWT
 * access token of the configured issuer, and deny by default: every operation declares its roles
 * with {@link org.disputeregistry.web.security.Allowed}, a handler without one is refused to
 * everyone, and the OpenAPI documents show each operation's rule ({@code x-allowed-roles}), from
 * which the security matrix tests are generated. 401 and 403 are problem details like every other
 * refusal.
 */
package org.disputeregistry.web.security;
