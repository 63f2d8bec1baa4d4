package org.disputeregistry.query.statistics;

import java.time.LocalDate;
import java.util.Map;

/**
 * The as-of date a petition question may give ({@code asOf}): only the steps recorded up to that
 * day count. One definition for the statistics and their case lists.
 */
public final class AsOf {

  public static final String PARAMETER = "asOf";

  private AsOf() {}

  /** Takes {@code asOf} out of {@code parameters}: null without one, a 400 if not a date. */
  public static LocalDate taken(Map<String, String> parameters) {
    return Query.date(PARAMETER, parameters.remove(PARAMETER));
  }

  /**
   * @throws StatisticsRequestException naming {@code asOf} if it is before the question's period
   */
  public static void requireNotBefore(LocalDate asOf, Query query) {
    if (asOf != null && asOf.isBefore(query.period().from())) {
      throw new StatisticsRequestException(
          PARAMETER,
          "asOf " + asOf + " is before the period, which starts " + query.period().from());
    }
  }
}
