package org.disputeregistry.query.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.disputeregistry.query.counts.Contribution;
import org.disputeregistry.query.reconsideration.ReconsiderationFigures;
import org.junit.jupiter.api.Test;

/** How a case's rows then and now are told as changes of the figures, by their own definitions. */
class FigureDifferenceTest {

  private static Contribution row(String street, String measure, String detail, String day) {
    return new Contribution(street, measure, detail, LocalDate.parse(day), BigDecimal.ZERO);
  }

  private static List<String> changes(List<Contribution> then, List<Contribution> now) {
    return FigureDifference.of(ReconsiderationFigures.ALL, then, now, 2023).stream()
        .map(
            c ->
                c.figure()
                    + " "
                    + c.change().toPlainString()
                    + (c.breakdown() == null ? "" : " " + c.breakdown()))
        .toList();
  }

  @Test
  void aCaseRecordedLateJoinsEveryFigureItCounts() {
    List<Contribution> now =
        List.of(
            row("XINHU", "received", "", "2023-05-10"),
            row("XINHU", "accepted", "", "2023-05-12"),
            row("XINHU", "acceptedClosed", "", "2023-06-20"),
            row("XINHU", "closed", "MEDIATION_AGREEMENT", "2023-06-20"),
            row("XINHU", "daysToClose", "39", "2023-06-20"));

    assertThat(changes(List.of(), now))
        .contains(
            "received 1",
            "accepted 1",
            "closed 1",
            "mediated 1",
            "closedByOutcome.MEDIATION_AGREEMENT 1",
            "mediationRate.numerator 1",
            "mediationRate.denominator 1",
            "daysToClose.39 1")
        .doesNotContain("openAtEnd 1", "carriedOver 1");
  }

  @Test
  void aCaseAcceptedBeforeTheYearAndClosedLateLeavesTheOpenCasesAtTheEnd() {
    List<Contribution> then =
        List.of(
            row("MATIAN", "received", "", "2022-11-01"),
            row("MATIAN", "accepted", "", "2022-11-03"));
    List<Contribution> now =
        List.of(
            row("MATIAN", "received", "", "2022-11-01"),
            row("MATIAN", "accepted", "", "2022-11-03"),
            row("MATIAN", "acceptedClosed", "", "2023-02-01"),
            row("MATIAN", "closed", "DECISION_UPHELD", "2023-02-01"));

    assertThat(changes(then, now))
        .contains("closed 1", "openAtEnd -1", "mediationRate.denominator 1")
        .doesNotContain("received 1", "carriedOver -1", "carriedOver 1");
  }

  @Test
  void aCaseThatMovedWithoutChangingTheYearIsToldByTheBreakdownsItMovedBetween() {
    List<Contribution> then = List.of(row("GUANGMING", "received", "", "2023-03-01"));

    assertThat(changes(then, List.of(row("XINHU", "received", "", "2023-03-01"))))
        .containsExactly("received -1 street=GUANGMING", "received 1 street=XINHU");
    assertThat(changes(then, List.of(row("GUANGMING", "received", "", "2023-04-01"))))
        .containsExactly("received -1 month=3", "received 1 month=4");
    assertThat(changes(then, then)).isEmpty();
  }
}
