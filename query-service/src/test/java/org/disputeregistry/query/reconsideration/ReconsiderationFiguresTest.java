package org.disputeregistry.query.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputeregistry.query.counts.Tallies.tally;
import static org.disputeregistry.query.reconsideration.ReconsiderationFigures.ALL;
import static org.disputeregistry.query.reconsideration.ReconsiderationFigures.CARRIED_OVER;
import static org.disputeregistry.query.reconsideration.ReconsiderationFigures.CLOSED;
import static org.disputeregistry.query.reconsideration.ReconsiderationFigures.CLOSED_BY_OUTCOME;
import static org.disputeregistry.query.reconsideration.ReconsiderationFigures.CLOSED_ON_TIME;
import static org.disputeregistry.query.reconsideration.ReconsiderationFigures.COMPREHENSIVE_CORRECTION_RATE;
import static org.disputeregistry.query.reconsideration.ReconsiderationFigures.CORRECTION_RATE;
import static org.disputeregistry.query.reconsideration.ReconsiderationFigures.DECIDED_CORRECTION_RATE;
import static org.disputeregistry.query.reconsideration.ReconsiderationFigures.MEDIATED;
import static org.disputeregistry.query.reconsideration.ReconsiderationFigures.MEDIATION_RATE;
import static org.disputeregistry.query.reconsideration.ReconsiderationFigures.ON_TIME_RATE;
import static org.disputeregistry.query.reconsideration.ReconsiderationFigures.OPEN_AT_END;

import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.counts.RateFigure;
import org.disputeregistry.query.counts.Tallies;
import org.disputeregistry.query.statistics.Rate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The reconsideration figures' rules, from counts written by hand (no database). */
class ReconsiderationFiguresTest {

  private static Tallies closed(Ending ending, long cases) {
    return tally().in(CLOSED, ending.name(), cases);
  }

  private static Figures of(Tallies tally) {
    return ALL.of(tally.build());
  }

  @Nested
  class MediationRate {

    @Test
    void theReportsYear_69Of135ClosedByMediationIs51_11() {
      Figures f =
          of(
              closed(Ending.MEDIATION_AGREEMENT, 50)
                  .in(CLOSED, Ending.WITHDRAWN_SETTLEMENT.name(), 19)
                  .in(CLOSED, Ending.DECISION_UPHELD.name(), 66));

      assertThat(f.get(MEDIATED)).isEqualTo(69);
      assertThat(f.get(CLOSED)).isEqualTo(135);
      assertThat(f.get(MEDIATION_RATE).percent()).hasToString("51.11");
    }

    @Test
    void settlementWithdrawalsCountAsMediatedOtherWithdrawalsDoNot() {
      Figures f =
          of(
              closed(Ending.WITHDRAWN_SETTLEMENT, 3)
                  .in(CLOSED, Ending.WITHDRAWN_CORRECTED.name(), 2)
                  .in(CLOSED, Ending.WITHDRAWN_VOLUNTARY.name(), 1));

      assertThat(f.get(MEDIATED)).isEqualTo(3);
      assertThat(parts(f.get(MEDIATION_RATE))).containsExactly(3L, 6L);
    }
  }

  @Nested
  class CorrectionRates {

    private final Figures f =
        of(
            closed(Ending.DECISION_REVOKED, 2)
                .in(CLOSED, Ending.DECISION_PARTLY_REVOKED.name(), 1)
                .in(CLOSED, Ending.DECISION_CONFIRMED_INVALID.name(), 1)
                .in(CLOSED, Ending.DECISION_UPHELD.name(), 4)
                .in(CLOSED, Ending.WITHDRAWN_CORRECTED.name(), 2)
                .in(CLOSED, Ending.MEDIATION_AGREEMENT.name(), 10));

    @Test
    void correctiveDecisionsOverEveryClosedCase() {
      assertThat(parts(f.get(CORRECTION_RATE))).containsExactly(4L, 20L);
    }

    @Test
    void correctiveDecisionsOverDecisionsOnly() {
      assertThat(parts(f.get(DECIDED_CORRECTION_RATE))).containsExactly(4L, 8L);
    }

    @Test
    void withdrawalsAfterTheRespondentCorrectedItsActCountInTheComprehensiveRateOnly() {
      assertThat(parts(f.get(COMPREHENSIVE_CORRECTION_RATE))).containsExactly(6L, 20L);
    }
  }

  @Test
  void onTimeRateIsClosedByTheDueDateOverClosed() {
    Figures f = of(closed(Ending.TERMINATED, 8).in(CLOSED_ON_TIME, 6));

    assertThat(f.get(ON_TIME_RATE).percent()).hasToString("75.00");
  }

  @Test
  void carriedOverAreAcceptedBeforeThePeriodAndNotClosedAtItsStart() {
    Figures f =
        of(
            tally()
                .before(CARRIED_OVER.opened(), 10)
                .before(CARRIED_OVER.openedAndClosed(), 4)
                .in(CARRIED_OVER.opened(), "", 5)
                .in(CARRIED_OVER.openedAndClosed(), "", 3));

    assertThat(f.get(CARRIED_OVER)).isEqualTo(6);
    assertThat(f.get(OPEN_AT_END)).isEqualTo(8);
  }

  @Test
  void closedByOutcomeFollowsTheOrderOfEndingsAndLeavesOutThoseWithoutCases() {
    Figures f =
        of(
            closed(Ending.APPLICATION_DISMISSED, 1)
                .in(CLOSED, Ending.MEDIATION_AGREEMENT.name(), 2));

    assertThat(f.get(CLOSED_BY_OUTCOME))
        .extracting(o -> o.code() + "=" + o.count())
        .containsExactly("MEDIATION_AGREEMENT=2", "APPLICATION_DISMISSED=1");
  }

  @Test
  void withoutClosedCasesNoRateHasAPercent() {
    Figures none = ALL.none();

    for (RateFigure rate :
        new RateFigure[] {
          MEDIATION_RATE,
          CORRECTION_RATE,
          DECIDED_CORRECTION_RATE,
          COMPREHENSIVE_CORRECTION_RATE,
          ON_TIME_RATE
        }) {
      assertThat(none.get(rate).percent()).as(rate.name()).isNull();
      assertThat(parts(none.get(rate))).as(rate.name()).containsExactly(0L, 0L);
    }
  }

  private static java.util.List<Long> parts(Rate rate) {
    return java.util.List.of(rate.numerator(), rate.denominator());
  }
}
