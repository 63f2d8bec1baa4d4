package org.disputeregistry.query.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.disputeregistry.events.ReferenceData;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.counts.YearFigures;
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
import org.disputeregistry.query.statistics.Rate;
import org.disputeregistry.report.AnnualTotals;
import org.springframework.stereotype.Component;

/**
 * The year's totals for the annual report, from the same statistics the API serves (never from
 * events): the year's figures, by street and by month, in the report generator's form. These are
 * the live figures; {@link ReportFigures} says which version of them was published. Each case
 * type's figures of the year, its months and its streets (centres) come from one read of the
 * counters.
 */
@Component
public class AnnualTotalsService {

  private final ReconsiderationStatistics reconsiderations;
  private final CommercialMediationStatistics mediations;
  private final PetitionStatistics petitions;
  private final Labels labels;
  private final Clock clock;
  private final TotalsYearOnYear yearOnYear;

  AnnualTotalsService(
      ReconsiderationStatistics reconsiderations,
      CommercialMediationStatistics mediations,
      PetitionStatistics petitions,
      Labels labels,
      Clock clock,
      TotalsYearOnYear yearOnYear) {
    this.reconsiderations = reconsiderations;
    this.mediations = mediations;
    this.petitions = petitions;
    this.labels = labels;
    this.clock = clock;
    this.yearOnYear = yearOnYear;
  }

  public AnnualTotals totals(int year) {
    return totals(year, new Read(year));
  }

  /** The year's totals with their year on year, whose figures of the year are the totals' own. */
  public AnnualTotals compared(int year) {
    Read read = new Read(year);
    return totals(year, read)
        .with(
            yearOnYear.of(
                year, read.reconsiderations.year(), read.mediations.year(), read.petitions.year()));
  }

  private AnnualTotals totals(int year, Read read) {
    ReferenceData.Label district = labels.district();
    return new AnnualTotals(
        year,
        read.asOf,
        new AnnualTotals.Label(district.code(), district.zh(), district.en()),
        reconsideration(read.reconsiderations),
        commercialMediation(read.mediations),
        petitions(read.petitions),
        AnnualTotals.Source.live(null));
  }

  /** The three case types' figures of the year, read once. */
  private final class Read {
    final Instant asOf = clock.instant();
    final YearFigures reconsiderations;
    final YearFigures mediations;
    final YearFigures petitions;

    Read(int year) {
      reconsiderations = AnnualTotalsService.this.reconsiderations.year(year);
      mediations = AnnualTotalsService.this.mediations.year(year);
      petitions = AnnualTotalsService.this.petitions.year(year);
    }
  }

  private AnnualTotals.Reconsideration reconsideration(YearFigures y) {
    Figures f = y.year();
    List<AnnualTotals.StreetCases> streets = new ArrayList<>();
    y.byValue()
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
            y,
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

  private AnnualTotals.CommercialMediation commercialMediation(YearFigures y) {
    Figures f = y.year();
    List<AnnualTotals.Centre> centres = new ArrayList<>();
    y.byValue()
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
            y,
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

  private AnnualTotals.Petitions petitions(YearFigures y) {
    Figures f = y.year();
    List<AnnualTotals.StreetPetitions> streets = new ArrayList<>();
    y.byValue()
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
            y,
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

  /** A row per month of the year, January first. */
  private static <M> List<M> months(YearFigures year, MonthRow<M> row) {
    List<M> months = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      months.add(row.of(month, year.months().get(month - 1)));
    }
    return months;
  }

  private interface MonthRow<M> {
    M of(int month, Figures figures);
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
