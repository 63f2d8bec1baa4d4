package org.disputeregistry.query.publication.web;

import java.time.Instant;
import org.disputeregistry.query.publication.Publication;

/**
 * A published version, and whether it is the year's current (latest) one.
 *
 * @param publishedAt the moment its figures were read: its as-of time
 */
record PublicationSummary(
    int year,
    int version,
    Instant publishedAt,
    String publishedBy,
    String organisation,
    boolean current) {

  static PublicationSummary of(Publication p, Integer currentVersion) {
    return new PublicationSummary(
        p.year(),
        p.version(),
        p.publishedAt(),
        p.publishedBy(),
        p.organisation(),
        currentVersion != null && currentVersion == p.version());
  }
}
