package org.disputeregistry.query.publication.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.disputeregistry.query.publication.CaseChanges;

/**
 * A page of the cases recorded or corrected since a published version that change its figures.
 *
 * @param total how many such cases there are in all
 */
record ChangesPage(
    @JsonUnwrapped PublicationSummary publication,
    List<CaseChanges> cases,
    int page,
    int size,
    long total) {}
