package org.disputeregistry.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * What one demo year holds besides its petition volume ({@link Scale}): the seed, the endings of
 * the reconsideration cases closed in the year, how many were carried over from the year before,
 * the commercial mediation centres' volumes. 2023 is the seed report's year; 2021 and 2022 are
 * illustrative (the report gives no figures for them), chosen so that 2023's mediation rate of
 * 51.11% is the highest of the three (调解率达51.11%，创历年新高) and documented in docs/statistics.md.
 *
 * @param year the year the file covers
 * @param seed the random generator's seed: the same seed gives the same file, byte for byte
 * @param closed the endings of the reconsideration cases closed in the year
 * @param carriedOver of those, received in the year before (in October to December)
 * @param openAtEnd received in November or December and still open when the demo ends; only the
 *     last year has them, an earlier year's open cases are the next year's carried-over ones
 * @param notAccepted reconsideration applications not accepted
 * @param redirected reconsideration applications redirected to the competent authority
 * @param abandoned reconsideration applications abandoned after a request to complete them
 * @param numberFrom the reconsideration case numbers start after this, so that no two files give
 *     the same number in the same year (the 2023 file numbers its 2022 cases from 1)
 * @param centres cases per commercial mediation centre
 * @param lastMediationMonth mediations are received up to this month; an earlier year's all end
 *     within it, so that the next year's figures are the next file's alone
 * @param full the district's petition volume and person-times
 * @param test the reduced volume of {@code --demo=test}, at the same rates
 */
record YearPlan(
    int year,
    long seed,
    List<Ending> closed,
    int carriedOver,
    int openAtEnd,
    int notAccepted,
    int redirected,
    int abandoned,
    int numberFrom,
    List<Centre> centres,
    int lastMediationMonth,
    Scale full,
    Scale test) {

  /** Endings of the reconsideration cases closed in the year: step, its field, how many. */
  record Ending(String step, String field, String value, int count) {}

  /** A commercial mediation centre: its code, case-number prefix and cases in the year. */
  record Centre(String code, String prefix, int cases) {}

  static final YearPlan Y2023 =
      new YearPlan(
          2023,
          2023,
          List.of(
              new Ending("mediation-agreement", null, null, 41),
              new Ending("withdrawal", "reason", "SETTLEMENT", 28),
              new Ending("withdrawal", "reason", "RESPONDENT_CORRECTED_ACT", 6),
              new Ending("withdrawal", "reason", "VOLUNTARY", 5),
              new Ending("termination", null, null, 3),
              new Ending("decision", "outcome", "UPHELD", 30),
              new Ending("decision", "outcome", "CLAIM_REJECTED", 8),
              new Ending("decision", "outcome", "VARIED", 2),
              new Ending("decision", "outcome", "REVOKED", 3),
              new Ending("decision", "outcome", "CONFIRMED_ILLEGAL", 3),
              new Ending("decision", "outcome", "ORDERED_TO_PERFORM", 1),
              new Ending("dismissal", null, null, 5)),
          24,
          29,
          11,
          4,
          3,
          0,
          List.of(
              new Centre("SCIENCE_CITY", "KXC", 230),
              new Centre("GONGMING_CHAMBER", "GMS", 190),
              new Centre("INTELLECTUAL_PROPERTY", "ZSC", 140)),
          11,
          Scale.FULL,
          Scale.TEST);

  /** 2022: 56 of 121 closed by mediation, 46.28%; 信访工作条例 from 1 May. */
  static final YearPlan Y2022 =
      new YearPlan(
          2022,
          2022,
          List.of(
              new Ending("mediation-agreement", null, null, 31),
              new Ending("withdrawal", "reason", "SETTLEMENT", 25),
              new Ending("withdrawal", "reason", "RESPONDENT_CORRECTED_ACT", 5),
              new Ending("withdrawal", "reason", "VOLUNTARY", 6),
              new Ending("termination", null, null, 2),
              new Ending("decision", "outcome", "UPHELD", 31),
              new Ending("decision", "outcome", "CLAIM_REJECTED", 9),
              new Ending("decision", "outcome", "VARIED", 1),
              new Ending("decision", "outcome", "REVOKED", 4),
              new Ending("decision", "outcome", "CONFIRMED_ILLEGAL", 2),
              new Ending("dismissal", null, null, 5)),
          18,
          0,
          9,
          5,
          2,
          100,
          List.of(
              new Centre("SCIENCE_CITY", "KXC", 180),
              new Centre("GONGMING_CHAMBER", "GMS", 150),
              new Centre("INTELLECTUAL_PROPERTY", "ZSC", 80)),
          10,
          new Scale(36_000, 35_766, 860_000),
          new Scale(500, 496, 2_000));

  /** 2021: 41 of 102 closed by mediation, 40.20%; 信访条例 (2005) the whole year. */
  static final YearPlan Y2021 =
      new YearPlan(
          2021,
          2021,
          List.of(
              new Ending("mediation-agreement", null, null, 22),
              new Ending("withdrawal", "reason", "SETTLEMENT", 19),
              new Ending("withdrawal", "reason", "RESPONDENT_CORRECTED_ACT", 5),
              new Ending("withdrawal", "reason", "VOLUNTARY", 6),
              new Ending("termination", null, null, 2),
              new Ending("decision", "outcome", "UPHELD", 30),
              new Ending("decision", "outcome", "CLAIM_REJECTED", 8),
              new Ending("decision", "outcome", "VARIED", 2),
              new Ending("decision", "outcome", "REVOKED", 3),
              new Ending("decision", "outcome", "CONFIRMED_ILLEGAL", 1),
              new Ending("dismissal", null, null, 4)),
          12,
          0,
          8,
          3,
          2,
          300,
          List.of(
              new Centre("SCIENCE_CITY", "KXC", 150), new Centre("GONGMING_CHAMBER", "GMS", 110)),
          10,
          new Scale(20_000, 19_780, 610_000),
          new Scale(300, 297, 1_000));

  /** Every demo year, earliest first: the order they are loaded in. */
  static final List<YearPlan> ALL = List.of(Y2021, Y2022, Y2023);

  static YearPlan of(int year) {
    return ALL.stream()
        .filter(p -> p.year() == year)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No demo year " + year));
  }

  /**
   * The day of a step counted by its date, kept within an earlier year so that the next year's
   * figures are those of the next file alone; the last year's steps fall where they fall (its file
   * is the one the report's figures were proven with).
   */
  LocalDate withinYear(LocalDate day) {
    LocalDate last = LocalDate.of(year, 12, 31);
    return year < DemoYear.REPORT_YEAR && day.isAfter(last) ? last : day;
  }

  Scale scale(String name) {
    return switch (name) {
      case "full" -> full;
      case "test" -> test;
      default -> throw new IllegalArgumentException("Scale is full or test, not " + name);
    };
  }
}
