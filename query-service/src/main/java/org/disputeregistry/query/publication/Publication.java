package org.disputeregistry.query.publication;

import java.time.Instant;

/**
 * A published version of a year's totals.
 *
 * @param publishedAt the moment its figures were read: the report's as-of time
 * @param publishedBy the access token's subject
 */
public record Publication(
    int year, int version, Instant publishedAt, String publishedBy, String organisation) {}
