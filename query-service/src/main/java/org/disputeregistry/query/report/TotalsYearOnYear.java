package org.disputeregistry.query.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disputeregistry.query.cases.OpenCaseAgeing;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.mediation.CommercialMediationFigures;
import org.disputeregistry.query.mediation.CommercialMediationStatistics;
import org.disputeregistry.query.petition.PetitionFigures;
import org.disputeregistry.query.petition.PetitionStatistics;
import org.disputeregistry.query.reconsideration.ReconsiderationFigures;
import org.disputeregistry.query.reconsideration.ReconsiderationStatistics;
import org.disputeregistry.query.statistics.Period;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.yearonyear.YearOnYearFigures;
import org.disputeregistry.report.YearOnYear;
import org.springframework.stereotype.Component;

/**
 * The year on year of the yearly totals: every figure of the three case types over the whole year
 * (exact, as the totals are) beside the year before, the record check since the first year on file,
 * and the cases open at the year's end by year of receipt and age, from the live figures; a
 * published version keeps the one computed when it was published.
 */
@Component
public class TotalsYearOnYear {

  private final ReconsiderationStatistics reconsiderations;
  private final CommercialMediationStatistics mediations;
  private final PetitionStatistics petitions;
  private final YearOnYearFigures figures;
  private final OpenCaseAgeing ageing;

  TotalsYearOnYear(
      ReconsiderationStatistics reconsiderations,
      CommercialMediationStatistics mediations,
      PetitionStatistics petitions,
      YearOnYearFigures figures,
      OpenCaseAgeing ageing) {
    this.reconsiderations = reconsiderations;
    this.mediations = mediations;
    this.petitions = petitions;
    this.figures = figures;
    this.ageing = ageing;
  }

  /** The year on year of the year's live figures. */
  public YearOnYear of(int year) {
    Query whole = new Query(Period.ofYear(year), Map.of(), null);
    return of(
        year,
        reconsiderations.figures(whole),
        mediations.figures(whole),
        petitions.figures(whole, null));
  }

  /**
   * The year on year of the given figures of the year's three case types (the totals' own, so that
   * they are not read twice), beside those of the years before.
   */
  YearOnYear of(
      int year, Figures reconsiderationYear, Figures mediationYear, Figures petitionYear) {
    Period period = Period.ofYear(year);
    Query whole = new Query(period, Map.of(), null);
    Map<String, Map<String, YearOnYear.Change>> changes = new LinkedHashMap<>();
    changes.put(
        ReconsiderationFigures.ALL.caseType().name(),
        figures.compare(
            period,
            k -> k == 0 ? reconsiderationYear : reconsiderations.figures(whole.earlier(k))));
    changes.put(
        CommercialMediationFigures.ALL.caseType().name(),
        figures.compare(
            period, k -> k == 0 ? mediationYear : mediations.figures(whole.earlier(k))));
    changes.put(
        PetitionFigures.ALL.caseType().name(),
        figures.compare(
            period, k -> k == 0 ? petitionYear : petitions.figures(whole.earlier(k), null)));
    return figures.of(period, changes, ageing.at(LocalDate.of(year, 12, 31), null));
  }
}
