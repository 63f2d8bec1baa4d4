/**
 * The demo's identities: organisations, accounts and the clients that act for themselves, with
 * their roles and organisation; reference data read from {@code demo-directory.json}.
 */
package org.disputeregistry.authserver.directory;
