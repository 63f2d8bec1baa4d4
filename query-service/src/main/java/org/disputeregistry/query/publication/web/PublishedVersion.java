package org.disputeregistry.query.publication.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.disputeregistry.report.AnnualTotals;

/** A published version with its totals exactly as published. */
record PublishedVersion(@JsonUnwrapped PublicationSummary publication, AnnualTotals totals) {}
