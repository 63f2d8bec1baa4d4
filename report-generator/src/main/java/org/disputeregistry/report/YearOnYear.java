package org.disputeregistry.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A year's figures beside the same period a year earlier, and the record check across every year on
 * file ({@code GET /api/statistics/...?compare=previousYear}, and with the yearly totals). Each
 * figure is named by its path in the statistics API's figures ({@code mediationRate}, {@code
 * closedByOutcome.MEDIATION_AGREEMENT}, {@code amountAgreed.CNY.sum}, {@code daysToClose.mean}).
 *
 * @param from the period compared, first day
 * @param to the period compared, last day
 * @param previousFrom the same period a year earlier, first day
 * @param previousTo the same period a year earlier, last day
 * @param firstYearOnFile the earliest year with a case or a service contact on file; the record
 *     check compares the same period of every year from it on
 * @param figures per case type (RECONSIDERATION, ...), per figure path, the comparison
 * @param openCases the cases open at the period's end by year of receipt and age; empty unless
 *     asked with the totals
 */
public record YearOnYear(
    LocalDate from,
    LocalDate to,
    LocalDate previousFrom,
    LocalDate previousTo,
    Integer firstYearOnFile,
    Map<String, Map<String, Change>> figures,
    List<OpenCases> openCases) {

  /**
   * One figure this year and a year earlier. Values keep the form the figure has in the API (a
   * count or rate's percent a number, an amount an exact decimal string).
   *
   * @param kind COUNT (a number of cases or persons), AMOUNT (a sum of money), RATE (a percent with
   *     its parts), DAYS (a mean or median duration)
   * @param value this period's value (null: none, or suppressed)
   * @param previous the same period a year earlier
   * @param change value − previous; for a RATE, the change in percentage points computed exactly
   *     from the numerators and denominators and rounded half-up to 0.01
   * @param percentChange (value − previous) / previous × 100, half-up to 0.01; null for a RATE (its
   *     change is in points) and when previous is 0 or unknown: no ratio to a nothing
   * @param record HIGHEST or LOWEST when this value beats every earlier year's on file in the
   *     figure's better direction ({@code better}), else null; a tie is no new record
   * @param better HIGHER or LOWER: which way a record goes for this figure
   * @param yearsCompared how many earlier years had a value to compare with for the record check
   */
  public record Change(
      String kind,
      JsonNode value,
      JsonNode previous,
      BigDecimal change,
      BigDecimal percentChange,
      String record,
      String better,
      int yearsCompared) {}

  /**
   * How many cases of a type are open at a day, by year of receipt and how long they have been
   * open.
   *
   * @param caseType RECONSIDERATION, COMMERCIAL_MEDIATION or PETITION
   * @param receivedIn the year the cases were received
   * @param age UP_TO_1_MONTH, MONTHS_1_TO_3, MONTHS_3_TO_6, MONTHS_6_TO_12, OVER_1_YEAR (calendar
   *     months back from the day)
   * @param cases the number of open cases
   * @param list the cases behind the count: a {@code GET /api/cases?...} path
   */
  public record OpenCases(String caseType, int receivedIn, String age, long cases, String list) {}
}
