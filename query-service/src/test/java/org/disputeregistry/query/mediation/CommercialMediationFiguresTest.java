package org.disputeregistry.query.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputeregistry.query.counts.Tallies.tally;
import static org.disputeregistry.query.mediation.CommercialMediationFigures.ALL;
import static org.disputeregistry.query.mediation.CommercialMediationFigures.AMOUNT_AGREED;
import static org.disputeregistry.query.mediation.CommercialMediationFigures.CONCLUDED;
import static org.disputeregistry.query.mediation.CommercialMediationFigures.CONFIRMED_VALID;
import static org.disputeregistry.query.mediation.CommercialMediationFigures.ENDED_WITHOUT_AGREEMENT;
import static org.disputeregistry.query.mediation.CommercialMediationFigures.JUDICIAL_CONFIRMATION_RATE;
import static org.disputeregistry.query.mediation.CommercialMediationFigures.SUCCEEDED;
import static org.disputeregistry.query.mediation.CommercialMediationFigures.SUCCESS_RATE;
import static org.disputeregistry.query.mediation.CommercialMediationFigures.WITHDRAWN;

import java.util.List;
import org.disputeregistry.events.mediation.ConfirmationRuling;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.statistics.Rate;
import org.junit.jupiter.api.Test;

/** The commercial mediation figures' rules, from counts written by hand (no database). */
class CommercialMediationFiguresTest {

  @Test
  void successRateIsAgreementsOverConcludedMediations() {
    Figures f =
        ALL.of(
            tally()
                .in(CONCLUDED.measure(), Conclusion.AGREEMENT.name(), 6)
                .in(CONCLUDED.measure(), Conclusion.NO_AGREEMENT.name(), 3)
                .in(CONCLUDED.measure(), Conclusion.WITHDRAWN.name(), 1)
                .in(SUCCEEDED.measure(), "CNY", 6, "600000.00")
                .build());

    assertThat(List.of(f.get(CONCLUDED), f.get(ENDED_WITHOUT_AGREEMENT), f.get(WITHDRAWN)))
        .containsExactly(10L, 3L, 1L);
    assertThat(parts(f.get(SUCCESS_RATE))).containsExactly(6L, 10L);
  }

  @Test
  void judicialConfirmationRateIsAgreementsRuledValidOverAgreements() {
    Figures f =
        ALL.of(
            tally()
                .in(SUCCEEDED.measure(), "CNY", 4, "1.00")
                .in(CONFIRMED_VALID.measure(), ConfirmationRuling.VALID.name(), 1)
                .in(CONFIRMED_VALID.measure(), ConfirmationRuling.INVALID.name(), 1)
                .build());

    assertThat(parts(f.get(JUDICIAL_CONFIRMATION_RATE))).containsExactly(1L, 4L);
  }

  @Test
  void amountsAreExactSumsPerCurrencyCnyFirst() {
    Figures f =
        ALL.of(
            tally()
                .in(SUCCEEDED.measure(), "USD", 1, "10.10")
                .in(SUCCEEDED.measure(), "CNY", 2, "0.30")
                .in(SUCCEEDED.measure(), "EUR", 1, "5")
                .build());

    assertThat(f.get(AMOUNT_AGREED))
        .extracting(a -> a.currency() + " " + a.sum().toPlainString() + " " + a.cases())
        .containsExactly("CNY 0.30 2", "EUR 5 1", "USD 10.10 1");
    assertThat(f.get(SUCCEEDED)).isEqualTo(4);
  }

  @Test
  void withoutConcludedMediationsNoRateHasAPercent() {
    assertThat(ALL.none().get(SUCCESS_RATE).percent()).isNull();
    assertThat(ALL.none().get(JUDICIAL_CONFIRMATION_RATE).percent()).isNull();
  }

  private static List<Long> parts(Rate rate) {
    return List.of(rate.numerator(), rate.denominator());
  }
}
