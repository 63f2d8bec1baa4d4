package org.disputeregistry.query.counts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputeregistry.query.counts.Tallies.tally;
import static org.disputeregistry.query.reconsideration.ReconsiderationFigures.ALL;
import static org.disputeregistry.query.reconsideration.ReconsiderationFigures.CLOSED;
import static org.disputeregistry.query.reconsideration.ReconsiderationFigures.MEDIATION_RATE;
import static org.disputeregistry.query.reconsideration.ReconsiderationFigures.RECEIVED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.Labelled;
import org.disputeregistry.query.statistics.Period;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.statistics.Rate;
import org.junit.jupiter.api.Test;

/** The suppression rule on figures written by hand (threshold 5). */
class SmallCellsTest {

  private static final SmallCells FIVE = new SmallCells(5);
  private static final Period YEAR = Period.ofYear(2023);
  private static final Query UNFILTERED = new Query(YEAR, Map.of(), null);
  private static final Query FILTERED =
      new Query(YEAR, Map.of(Dimension.STREET, "GUANGMING"), null);
  private static final Query BY_STREET = new Query(YEAR, Map.of(), Dimension.STREET);

  @Test
  void unfilteredFiguresAndAThresholdOfZeroShowEveryCountExactly() {
    Figures f = ALL.of(tally().in(RECEIVED, 3).build());

    assertThat(FIVE.figures(ALL, UNFILTERED, f).get(RECEIVED)).isEqualTo(3);
    assertThat(new SmallCells(0).figures(ALL, FILTERED, f).get(RECEIVED)).isEqualTo(3);
    assertThat(new SmallCells(0).appliesTo(BY_STREET)).isFalse();
  }

  @Test
  void aCountOfOneToFourIsShownAsSuppressedNeverAsZeroAndZeroAndFiveStay() {
    Figures f =
        FIVE.figures(
            ALL,
            FILTERED,
            ALL.of(tally().in(RECEIVED, 4).in(CLOSED, "DECISION_UPHELD", 5).build()));

    assertThat(f.values()).containsEntry("received", null).containsEntry("accepted", 0L);
    assertThat(f.get(CLOSED)).isEqualTo(5);
    assertThat(f.suppressedCells()).contains("received").doesNotContain("accepted", "closed");
    assertThat(f.values().get("suppressed")).isEqualTo(f.suppressedCells());
  }

  @Test
  void aRateWithASmallNumeratorGoesAndTheOnlyOtherCodeOfItsCountsGoesWithIt() {
    Figures f =
        FIVE.figures(
            ALL,
            FILTERED,
            ALL.of(
                tally()
                    .in(CLOSED, "MEDIATION_AGREEMENT", 2)
                    .in(CLOSED, "DECISION_UPHELD", 40)
                    .build()));

    Rate rate = f.get(MEDIATION_RATE);
    assertThat(rate.numerator()).isNull();
    assertThat(rate.denominator()).isNull();
    assertThat(rate.percent()).isNull();
    assertThat(rate.definition()).isNotBlank();
    assertThat(f.suppressedCells())
        .contains(
            "mediated",
            "mediationRate",
            "closedByOutcome.MEDIATION_AGREEMENT",
            // Else closed (42, shown) minus it would give the suppressed one back.
            "closedByOutcome.DECISION_UPHELD");
    assertThat(f.get(CLOSED)).isEqualTo(42);
    @SuppressWarnings("unchecked")
    List<Labelled> byOutcome = (List<Labelled>) f.values().get("closedByOutcome");
    assertThat(byOutcome).extracting(Labelled::count).containsOnlyNulls();
  }

  @Test
  void aColumnWithOneSuppressedCellLosesItsNextSmallestToo() {
    Map<String, Figures> rows = FIVE.breakdown(ALL, BY_STREET, rows(3, 10, 0, 20));

    assertThat(received(rows)).containsExactly(null, null, 0L, 20L);
    assertThat(rows.get("S1").suppressedCells()).contains("received");
    assertThat(rows.get("S2").suppressedCells()).contains("received");
  }

  @Test
  void twoSuppressedCellsInAColumnNeedNoMore() {
    assertThat(received(FIVE.breakdown(ALL, BY_STREET, rows(2, 3, 30, 20))))
        .containsExactly(null, null, 30L, 20L);
  }

  @Test
  void aRateWhosePartWasSuppressedSecondarilyGoesToo() {
    Map<String, Figures> rows = new LinkedHashMap<>();
    rows.put("S1", ALL.of(tally().in(CLOSED, "DECISION_UPHELD", 3).build()));
    rows.put("S2", ALL.of(tally().in(CLOSED, "DECISION_UPHELD", 10).build()));
    rows.put("S3", ALL.of(tally().in(CLOSED, "DECISION_UPHELD", 50).build()));

    Map<String, Figures> shown = FIVE.breakdown(ALL, BY_STREET, rows);

    assertThat(shown.get("S2").values()).containsEntry("closed", null);
    assertThat(shown.get("S2").get(MEDIATION_RATE).percent()).isNull();
    assertThat(shown.get("S3").get(MEDIATION_RATE).percent()).hasToString("0.00");
  }

  private static Map<String, Figures> rows(long... received) {
    Map<String, Figures> rows = new LinkedHashMap<>();
    for (int i = 0; i < received.length; i++) {
      rows.put("S" + (i + 1), ALL.of(tally().in(RECEIVED, received[i]).build()));
    }
    return rows;
  }

  private static List<Object> received(Map<String, Figures> rows) {
    return rows.values().stream().map(f -> f.values().get("received")).toList();
  }
}
