/** The four OAuth 2 clients of the registry, registered with the embedded server. */
package org.disputeregistry.authserver.clients;
