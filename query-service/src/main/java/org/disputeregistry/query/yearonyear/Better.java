package org.disputeregistry.query.yearonyear;

import java.util.Set;

/**
 * Which way a record goes for a figure. Most are HIGHER (the most cases received, the highest
 * mediation or resolution rate); a few are better LOWER: durations, cases left open or carried
 * over, dissatisfaction, unresolved petitions, reviews and re-reviews asked for (a sign the reply
 * did not convince), mediations that failed, agreements a court ruled invalid. A figure's path is
 * judged by its first part (the figure's JSON name), so its parts per code or currency go with it.
 */
enum Better {
  HIGHER,
  LOWER;

  private static final Set<String> LOWER_IS_BETTER =
      Set.of(
          "daysToClose",
          "daysToConclude",
          "carriedOver",
          "openAtEnd",
          "notResolved",
          "dissatisfied",
          "reviewsRequested",
          "reviewRate",
          "reReviewsRequested",
          "reReviewRate",
          "endedWithoutAgreement",
          "confirmedInvalid");

  static Better of(String path) {
    int dot = path.indexOf('.');
    return LOWER_IS_BETTER.contains(dot < 0 ? path : path.substring(0, dot)) ? LOWER : HIGHER;
  }

  /** The record's name when a value beats every earlier one this way. */
  String record() {
    return this == HIGHER ? "HIGHEST" : "LOWEST";
  }
}
