package org.disputeregistry.query.publication.web;

import java.util.List;

/**
 * A year's published versions, the latest first.
 *
 * @param current the current (latest) version, null if none was published
 */
record PublicationList(
    int year, Integer current, List<PublicationSummary> versions, int page, int size, long total) {}
