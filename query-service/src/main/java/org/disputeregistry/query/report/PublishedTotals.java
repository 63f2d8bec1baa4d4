package org.disputeregistry.query.report;

import java.util.Optional;
import org.disputeregistry.report.AnnualTotals;

/**
 * The published versions of a year's totals, as the report reads them: the publication feature
 * keeps them (it publishes what this package computes, so this package only names what it needs).
 */
public interface PublishedTotals {

  /** The year's latest published version, if any. */
  Optional<Integer> latestVersion(int year);

  /** The totals of the year's latest published version, said to be published, if any. */
  Optional<AnnualTotals> latest(int year);
}
