package org.disputeregistry.query.report;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.disputeregistry.events.ReferenceData;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.mediation.CommercialMediationFigures;
import org.disputeregistry.query.mediation.CommercialMediationStatistics;
import org.disputeregistry.query.petition.PetitionFigures;
import org.disputeregistry.query.petition.PetitionStatistics;
import org.disputeregistry.query.reconsideration.ReconsiderationFigures;
import org.disputeregistry.query.reconsideration.ReconsiderationStatistics;
import org.disputeregistry.query.statistics.Amount;
import org.disputeregistry.query.statistics.Days;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.Labels;
import org.disputeregistry.query.statistics.Period;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.statistics.Rate;
import org.disputeregistry.report.AnnualTotals;
import org.springframework.stereotype.Component;

/**
 * The year's totals for the annual report, from the same statistics the API serves (never from
 * events): the year's figures, by street and by month, in the report generator's form. These are
 * the live figures; {@link ReportFigures} says which version of them was published.
 */
@Component
public class AnnualTotalsService {

  private final ReconsiderationStatistics reconsiderations;
  private final CommercialMediationStatistics mediations;
  private final PetitionStatistics petitions;
  private final Labels labels;
  private final Clock clock;

  AnnualTotalsService(
      ReconsiderationStatistics reconsiderations,
      CommercialMediationStatistics mediations,
      PetitionStatistics petitions,
      Labels labels,
      Clock clock) {
    this.reconsiderations = reconsiderations;
    this.mediations = mediations;
    this.petitions = petitions;
    this.labels = labels;
    this.clock = clock;
  }

  public AnnualTotals totals(int year) {
    Instant asOf = clock.instant();
    Query whole = new Query(Period.ofYear(year), Map.of(), null);
    ReferenceData.Label district = labels.district();
    return new AnnualTotals(
        year,
        asOf,
        new AnnualTotals.Label(district.code(), district.zh(), district.en()),
        reconsideration(year, whole),
        commercialMediation(year, whole),
        petitions(year, whole),
        AnnualTotals.Source.live(null));
  }

  private AnnualTotals.Reconsideration reconsideration(int year, Query whole) {
    Figures f = reconsiderations.figures(whole);
    List<AnnualTotals.StreetCases> streets = new ArrayList<>();
    reconsiderations
        .breakdown(by(whole, Dimension.STREET))
        .forEach(
            (street, s) -> {
              ReferenceData.Label label = labels.of(Dimension.STREET, street);
              streets.add(
                  new AnnualTotals.StreetCases(
                      street,
                      label.zh(),
                      label.en(),
                      s.get(ReconsiderationFigures.RECEIVED),
                      s.get(ReconsiderationFigures.CLOSED),
                      s.get(ReconsiderationFigures.MEDIATED)));
            });
    List<AnnualTotals.MonthCases> months =
        months(
            year,
            reconsiderations::figures,
            (month, m) ->
                new AnnualTotals.MonthCases(
                    month,
                    m.get(ReconsiderationFigures.RECEIVED),
                    m.get(ReconsiderationFigures.CLOSED),
                    m.get(ReconsiderationFigures.MEDIATED)));
    return new AnnualTotals.Reconsideration(
        f.get(ReconsiderationFigures.RECEIVED),
        f.get(ReconsiderationFigures.ACCEPTED),
        f.get(ReconsiderationFigures.NOT_ACCEPTED),
        f.get(ReconsiderationFigures.REDIRECTED),
        f.get(ReconsiderationFigures.CARRIED_OVER),
        f.get(ReconsiderationFigures.CLOSED),
        f.get(ReconsiderationFigures.OPEN_AT_END),
        f.get(ReconsiderationFigures.MEDIATED),
        f.get(ReconsiderationFigures.CLOSED_BY_OUTCOME).stream()
            .map(o -> new AnnualTotals.Outcome(o.code(), o.zh(), o.en(), o.count()))
            .toList(),
        rate(f.get(ReconsiderationFigures.MEDIATION_RATE)),
        rate(f.get(ReconsiderationFigures.CORRECTION_RATE)),
        rate(f.get(ReconsiderationFigures.COMPREHENSIVE_CORRECTION_RATE)),
        rate(f.get(ReconsiderationFigures.ON_TIME_RATE)),
        days(f.get(ReconsiderationFigures.DAYS_TO_CLOSE)),
        streets,
        months);
  }

  private AnnualTotals.CommercialMediation commercialMediation(int year, Query whole) {
    Figures f = mediations.figures(whole);
    List<AnnualTotals.Centre> centres = new ArrayList<>();
    mediations
        .breakdown(by(whole, Dimension.CENTRE))
        .forEach(
            (centre, c) -> {
              ReferenceData.Label label = labels.of(Dimension.CENTRE, centre);
              centres.add(
                  new AnnualTotals.Centre(
                      centre,
                      label.zh(),
                      label.en(),
                      c.get(CommercialMediationFigures.RECEIVED),
                      c.get(CommercialMediationFigures.CONCLUDED),
                      c.get(CommercialMediationFigures.SUCCEEDED),
                      rate(c.get(CommercialMediationFigures.SUCCESS_RATE)),
                      amounts(c.get(CommercialMediationFigures.AMOUNT_AGREED))));
            });
    List<AnnualTotals.MonthMediations> months =
        months(
            year,
            mediations::figures,
            (month, m) ->
                new AnnualTotals.MonthMediations(
                    month,
                    m.get(CommercialMediationFigures.RECEIVED),
                    m.get(CommercialMediationFigures.CONCLUDED),
                    m.get(CommercialMediationFigures.SUCCEEDED)));
    return new AnnualTotals.CommercialMediation(
        f.get(CommercialMediationFigures.RECEIVED),
        f.get(CommercialMediationFigures.ACCEPTED),
        f.get(CommercialMediationFigures.CONCLUDED),
        f.get(CommercialMediationFigures.SUCCEEDED),
        rate(f.get(CommercialMediationFigures.SUCCESS_RATE)),
        amounts(f.get(CommercialMediationFigures.AMOUNT_IN_DISPUTE)),
        amounts(f.get(CommercialMediationFigures.AMOUNT_AGREED)),
        rate(f.get(CommercialMediationFigures.JUDICIAL_CONFIRMATION_RATE)),
        days(f.get(CommercialMediationFigures.DAYS_TO_CONCLUDE)),
        centres,
        months);
  }

  private AnnualTotals.Petitions petitions(int year, Query whole) {
    Figures f = petitions.figures(whole, null);
    List<AnnualTotals.StreetPetitions> streets = new ArrayList<>();
    petitions
        .breakdown(by(whole, Dimension.STREET), null)
        .forEach(
            (street, s) -> {
              ReferenceData.Label label = labels.of(Dimension.STREET, street);
              streets.add(
                  new AnnualTotals.StreetPetitions(
                      street,
                      label.zh(),
                      label.en(),
                      s.get(PetitionFigures.ACCEPTED),
                      s.get(PetitionFigures.RESOLVED),
                      orZero(s.get(PetitionFigures.PERSON_TIMES_SERVED))));
            });
    List<AnnualTotals.MonthPetitions> months =
        months(
            year,
            query -> petitions.figures(query, null),
            (month, m) ->
                new AnnualTotals.MonthPetitions(
                    month,
                    m.get(PetitionFigures.ACCEPTED),
                    m.get(PetitionFigures.RESOLVED),
                    orZero(m.get(PetitionFigures.PERSON_TIMES_SERVED))));
    return new AnnualTotals.Petitions(
        f.get(PetitionFigures.REGISTERED),
        f.get(PetitionFigures.ACCEPTED),
        f.get(PetitionFigures.RESOLVED),
        rate(f.get(PetitionFigures.RESOLUTION_RATE)),
        rate(f.get(PetitionFigures.ON_TIME_ACCEPTANCE_RATE)),
        rate(f.get(PetitionFigures.ON_TIME_REPLY_RATE)),
        rate(f.get(PetitionFigures.SATISFACTION_RATE)),
        rate(f.get(PetitionFigures.REVIEW_RATE)),
        rate(f.get(PetitionFigures.RE_REVIEW_RATE)),
        orZero(f.get(PetitionFigures.PERSON_TIMES_SERVED)),
        streets,
        months);
  }

  /** The same figures for each month of the year: one definition, twelve periods. */
  private static <F, M> List<M> months(int year, Function<Query, F> figures, MonthRow<F, M> row) {
    List<M> months = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      YearMonth m = YearMonth.of(year, month);
      Query query = new Query(new Period(m.atDay(1), m.atEndOfMonth()), Map.of(), null);
      months.add(row.of(month, figures.apply(query)));
    }
    return months;
  }

  private interface MonthRow<F, M> {
    M of(int month, F figures);
  }

  private static Query by(Query query, Dimension dimension) {
    return new Query(query.period(), query.filters(), dimension);
  }

  private static AnnualTotals.Rate rate(Rate r) {
    return new AnnualTotals.Rate(
        r.name(),
        r.nameZh(),
        r.definition(),
        r.definitionZh(),
        r.numerator(),
        r.denominator(),
        r.percent());
  }

  private static AnnualTotals.Days days(Days d) {
    return new AnnualTotals.Days(d.mean(), d.median());
  }

  /** Every currency's exact sum and cases, in the order of the figure's definition (CNY first). */
  private static List<AnnualTotals.Amount> amounts(List<Amount> amounts) {
    return amounts.stream()
        .map(a -> new AnnualTotals.Amount(a.currency(), a.sum(), a.cases()))
        .toList();
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }
}
