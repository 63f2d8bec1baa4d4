package org.disputeregistry.report;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The yearly totals as the query side serves them ({@code GET /api/statistics/totals?year=}); the
 * report reads nothing else. The example in {@code docs/annual-totals.example.json} shows the form.
 *
 * @param source whether these are published figures (which version) or live ones; null (totals of
 *     an earlier release) reads as live
 * @param yearOnYear the year's figures beside the year before, the record check and the open cases
 *     at the year's end (asked with {@code compare=previousYear}; the report always has it); null
 *     when not asked
 */
public record AnnualTotals(
    int year,
    Instant asOf,
    Label district,
    Reconsideration reconsideration,
    CommercialMediation commercialMediation,
    Petitions petitions,
    Source source,
    @JsonInclude(JsonInclude.Include.NON_NULL) YearOnYear yearOnYear) {

  public AnnualTotals(
      int year,
      Instant asOf,
      Label district,
      Reconsideration reconsideration,
      CommercialMediation commercialMediation,
      Petitions petitions,
      Source source) {
    this(year, asOf, district, reconsideration, commercialMediation, petitions, source, null);
  }

  /**
   * Which figures the totals are: a published version (immutable, as of its publication) or the
   * live figures, which follow every later back-fill and correction.
   *
   * @param version the published version, null for live figures
   * @param latestVersion the latest published version of the year, null if none was published
   */
  public record Source(Kind kind, Integer version, Integer latestVersion) {

    public enum Kind {
      PUBLISHED,
      LIVE
    }

    public static Source published(int version, Integer latestVersion) {
      return new Source(Kind.PUBLISHED, version, latestVersion);
    }

    public static Source live(Integer latestVersion) {
      return new Source(Kind.LIVE, null, latestVersion);
    }
  }

  /** The same totals, said to be of another source. */
  public AnnualTotals from(Source other) {
    return new AnnualTotals(
        year, asOf, district, reconsideration, commercialMediation, petitions, other, yearOnYear);
  }

  /** The same totals with their year-on-year comparison. */
  public AnnualTotals with(YearOnYear comparison) {
    return new AnnualTotals(
        year, asOf, district, reconsideration, commercialMediation, petitions, source, comparison);
  }

  /** The source, live if the totals do not say. */
  public Source sourceOrLive() {
    return source == null ? Source.live(null) : source;
  }

  /** A code with its labels. */
  public record Label(String code, String zh, String en) {}

  /**
   * A rate with what it is made of; {@code percent} is rounded half-up to 0.01 by the query side,
   * null when the denominator is 0.
   */
  public record Rate(
      String name,
      String nameZh,
      String definition,
      String definitionZh,
      long numerator,
      long denominator,
      BigDecimal percent) {}

  /**
   * The exact sum of the amounts of {@code cases} cases in one currency, as the statistics API
   * gives each currency's amounts: the sum travels as a string (a JSON number becomes a double in
   * many readers). Totals published before amounts were per currency read as their one CNY amount,
   * without a number of cases.
   */
  public record Amount(
      String currency,
      @JsonAlias("amount") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal sum,
      Long cases) {}

  public record Days(BigDecimal mean, BigDecimal median) {}

  public record Outcome(String code, String zh, String en, long count) {}

  public record Reconsideration(
      long received,
      long accepted,
      long notAccepted,
      long redirected,
      long carriedOver,
      long closed,
      long openAtEnd,
      long mediated,
      List<Outcome> closedByOutcome,
      Rate mediationRate,
      Rate correctionRate,
      Rate comprehensiveCorrectionRate,
      Rate onTimeRate,
      Days daysToClose,
      List<StreetCases> byStreet,
      List<MonthCases> byMonth) {}

  public record StreetCases(
      String code, String zh, String en, long received, long closed, long mediated) {}

  public record MonthCases(int month, long received, long closed, long mediated) {}

  public record CommercialMediation(
      long received,
      long accepted,
      long concluded,
      long succeeded,
      Rate successRate,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          List<Amount> amountInDispute,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Amount> amountAgreed,
      Rate judicialConfirmationRate,
      Days daysToConclude,
      List<Centre> centres,
      List<MonthMediations> byMonth) {}

  public record Centre(
      String code,
      String zh,
      String en,
      long received,
      long concluded,
      long succeeded,
      Rate successRate,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          List<Amount> amountAgreed) {}

  public record MonthMediations(int month, long received, long concluded, long succeeded) {}

  public record Petitions(
      long registered,
      long accepted,
      long resolved,
      Rate resolutionRate,
      Rate onTimeAcceptanceRate,
      Rate onTimeReplyRate,
      Rate satisfactionRate,
      Rate reviewRate,
      Rate reReviewRate,
      long personTimesServed,
      List<StreetPetitions> byStreet,
      List<MonthPetitions> byMonth) {}

  public record StreetPetitions(
      String code, String zh, String en, long accepted, long resolved, long personTimesServed) {}

  public record MonthPetitions(int month, long accepted, long resolved, long personTimesServed) {}
}
