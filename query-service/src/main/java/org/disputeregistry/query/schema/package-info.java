/**
 * What keeps the read-model schema's migrations valid across releases: an applied migration whose
 * comments alone were edited gets its recorded checksum updated, by an exact list of old and new
 * checksums, before Flyway validates.
 */
package org.disputeregistry.query.schema;
