/**
 * Checks, without a cluster or Docker, that the deployment descriptors in {@code deploy/} agree
 * with what the services read and serve and with {@code docs/operations.md}, and that the
 * repository's documents stand alone (no mention of documents outside it, no relative link that
 * leads nowhere). The descriptors are data read with a YAML parser, never rendered templates, so
 * what is checked is what the cluster receives.
 */
package org.disputeregistry.deploy;
