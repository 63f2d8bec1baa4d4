package org.disputeregistry.query.report;

import org.disputeregistry.report.AnnualTotals;
import org.springframework.stereotype.Component;

/**
 * Which totals a report is made of: the year's latest published version, unless live figures are
 * asked for or nothing was published; either way the totals say which ({@link
 * AnnualTotals#source()}).
 */
@Component
public class ReportFigures {

  private final AnnualTotalsService live;
  private final PublishedTotals published;

  ReportFigures(AnnualTotalsService live, PublishedTotals published) {
    this.live = live;
    this.published = published;
  }

  /**
   * The published figures if there are any (with the year on year they were published with, if
   * any), else the live ones.
   */
  public AnnualTotals publishedOrLive(int year, boolean compared) {
    return published.latest(year).orElseGet(() -> live(year, compared));
  }

  /** The live figures: every case recorded until now; with their year on year if compared. */
  public AnnualTotals live(int year, boolean compared) {
    return (compared ? live.compared(year) : live.totals(year))
        .from(AnnualTotals.Source.live(published.latestVersion(year).orElse(null)));
  }
}
