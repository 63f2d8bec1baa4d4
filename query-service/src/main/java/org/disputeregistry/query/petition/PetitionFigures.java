package org.disputeregistry.query.petition;

import java.time.LocalDate;
import org.disputeregistry.query.statistics.Rate;

/**
 * The petition figures of DESIGN.md 4.4 for a period. Registered, accepted, not accepted and
 * redirected count the step's date in the period. Everything after acceptance is counted over the
 * petitions accepted in the period (the cohort), as far as it happened by {@code asOf} (null: as
 * far as it is known now).
 *
 * @param registeredPersons the persons who brought the petitions registered in the period
 * @param personTimesServed the persons of the service contacts of the period (服务人次); null when the
 *     query filters or breaks down by what service contacts do not have (category, channel)
 */
public record PetitionFigures(
    LocalDate asOf,
    long registered,
    long registeredPersons,
    long accepted,
    long notAccepted,
    long redirected,
    Rate onTimeAcceptanceRate,
    long resolved,
    long notResolved,
    Rate resolutionRate,
    long replied,
    Rate onTimeReplyRate,
    long satisfied,
    long basicallySatisfied,
    long dissatisfied,
    Rate satisfactionRate,
    long reviewsRequested,
    long reviewsDecided,
    Rate reviewRate,
    long reReviewsRequested,
    long reReviewsDecided,
    Rate reReviewRate,
    Long personTimesServed) {

  PetitionFigures withPersonTimesServed(long served) {
    return new PetitionFigures(
        asOf,
        registered,
        registeredPersons,
        accepted,
        notAccepted,
        redirected,
        onTimeAcceptanceRate,
        resolved,
        notResolved,
        resolutionRate,
        replied,
        onTimeReplyRate,
        satisfied,
        basicallySatisfied,
        dissatisfied,
        satisfactionRate,
        reviewsRequested,
        reviewsDecided,
        reviewRate,
        reReviewsRequested,
        reReviewsDecided,
        reReviewRate,
        served);
  }
}
