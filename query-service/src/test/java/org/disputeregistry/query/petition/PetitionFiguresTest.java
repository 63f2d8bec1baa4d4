package org.disputeregistry.query.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputeregistry.query.counts.Tallies.tally;
import static org.disputeregistry.query.petition.PetitionFigures.ACCEPTED;
import static org.disputeregistry.query.petition.PetitionFigures.ACCEPTED_ON_TIME;
import static org.disputeregistry.query.petition.PetitionFigures.ALL;
import static org.disputeregistry.query.petition.PetitionFigures.BASICALLY_SATISFIED;
import static org.disputeregistry.query.petition.PetitionFigures.DISSATISFIED;
import static org.disputeregistry.query.petition.PetitionFigures.NOT_RESOLVED;
import static org.disputeregistry.query.petition.PetitionFigures.ON_TIME_ACCEPTANCE_RATE;
import static org.disputeregistry.query.petition.PetitionFigures.ON_TIME_REPLY_RATE;
import static org.disputeregistry.query.petition.PetitionFigures.PERSON_TIMES_SERVED;
import static org.disputeregistry.query.petition.PetitionFigures.REGISTERED_PERSONS;
import static org.disputeregistry.query.petition.PetitionFigures.REPLIED;
import static org.disputeregistry.query.petition.PetitionFigures.REPLIED_ON_TIME;
import static org.disputeregistry.query.petition.PetitionFigures.RESOLUTION_RATE;
import static org.disputeregistry.query.petition.PetitionFigures.RESOLVED;
import static org.disputeregistry.query.petition.PetitionFigures.REVIEWS_DECIDED;
import static org.disputeregistry.query.petition.PetitionFigures.REVIEWS_REQUESTED;
import static org.disputeregistry.query.petition.PetitionFigures.REVIEW_RATE;
import static org.disputeregistry.query.petition.PetitionFigures.RE_REVIEWS_REQUESTED;
import static org.disputeregistry.query.petition.PetitionFigures.RE_REVIEW_RATE;
import static org.disputeregistry.query.petition.PetitionFigures.SATISFACTION_RATE;
import static org.disputeregistry.query.petition.PetitionFigures.SATISFIED;

import java.util.List;
import org.disputeregistry.events.petition.Satisfaction;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.statistics.Rate;
import org.junit.jupiter.api.Test;

/** The petition figures' rules, from counts written by hand (no database). */
class PetitionFiguresTest {

  @Test
  void theReportsResolutionRate_2490Of2500AcceptedIs99_60() {
    Figures f =
        ALL.of(
            tally()
                .in(ACCEPTED, 2_500)
                .in(RESOLVED.measure(), Resolution.RESOLVED.name(), 2_490)
                .in(RESOLVED.measure(), Resolution.NOT_RESOLVED.name(), 4)
                .build());

    assertThat(f.get(RESOLVED)).isEqualTo(2_490);
    assertThat(f.get(NOT_RESOLVED)).isEqualTo(4);
    assertThat(f.get(RESOLUTION_RATE).percent()).hasToString("99.60");
  }

  @Test
  void satisfiedAndBasicallySatisfiedOverEveryRatedPetition() {
    Figures f =
        ALL.of(
            tally()
                .in(SATISFIED.measure(), Satisfaction.SATISFIED.name(), 6)
                .in(SATISFIED.measure(), Satisfaction.BASICALLY_SATISFIED.name(), 2)
                .in(SATISFIED.measure(), Satisfaction.DISSATISFIED.name(), 2)
                .build());

    assertThat(List.of(f.get(SATISFIED), f.get(BASICALLY_SATISFIED), f.get(DISSATISFIED)))
        .containsExactly(6L, 2L, 2L);
    assertThat(parts(f.get(SATISFACTION_RATE))).containsExactly(8L, 10L);
  }

  @Test
  void onTimeRatesCountOverTheirOwnStep() {
    Figures f =
        ALL.of(
            tally()
                .in(ACCEPTED, 10)
                .in(ACCEPTED_ON_TIME, 9)
                .in(REPLIED, 4)
                .in(REPLIED_ON_TIME, 3)
                .build());

    assertThat(parts(f.get(ON_TIME_ACCEPTANCE_RATE))).containsExactly(9L, 10L);
    assertThat(parts(f.get(ON_TIME_REPLY_RATE))).containsExactly(3L, 4L);
  }

  @Test
  void reviewsOverRepliesAndReReviewsOverDecidedReviews() {
    Figures f =
        ALL.of(
            tally()
                .in(REPLIED, 20)
                .in(REVIEWS_REQUESTED, 5)
                .in(REVIEWS_DECIDED, 4)
                .in(RE_REVIEWS_REQUESTED, 1)
                .build());

    assertThat(parts(f.get(REVIEW_RATE))).containsExactly(5L, 20L);
    assertThat(parts(f.get(RE_REVIEW_RATE))).containsExactly(1L, 4L);
  }

  @Test
  void registeredPersonsSumThePersonsOfThePetitions() {
    Figures f = ALL.of(tally().in(PetitionFigures.REGISTERED.measure(), "", 3, "7").build());

    assertThat(f.get(PetitionFigures.REGISTERED)).isEqualTo(3);
    assertThat(f.get(REGISTERED_PERSONS)).isEqualTo(7);
  }

  @Test
  void withoutPetitionsNoRateHasAPercentAndPersonTimesAreSuppliedElsewhere() {
    Figures none = ALL.none();

    assertThat(none.get(RESOLUTION_RATE).percent()).isNull();
    assertThat(none.get(SATISFACTION_RATE).percent()).isNull();
    assertThat(none.get(PERSON_TIMES_SERVED)).isNull();
    assertThat(none.with(PERSON_TIMES_SERVED, 12L).get(PERSON_TIMES_SERVED)).isEqualTo(12L);
  }

  private static List<Long> parts(Rate rate) {
    return List.of(rate.numerator(), rate.denominator());
  }
}
