package org.disputeregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The amounts of the totals: every currency, exact, and the form of earlier releases still read.
 */
class AnnualTotalsJsonTest {

  @Test
  void amountsArePerCurrencyAndTravelAsExactStrings() throws Exception {
    AnnualTotals.CommercialMediation mediation =
        new AnnualTotals.CommercialMediation(
            1,
            1,
            1,
            1,
            null,
            List.of(
                new AnnualTotals.Amount("CNY", new BigDecimal("1234567890123.10"), 2L),
                new AnnualTotals.Amount("USD", new BigDecimal("0.10"), 1L)),
            List.of(),
            null,
            null,
            List.of(),
            List.of());
    String json = ReportCli.JSON.writeValueAsString(mediation);
    assertThat(json)
        .contains(
            "\"amountInDispute\":[{\"currency\":\"CNY\",\"sum\":\"1234567890123.10\",\"cases\":2},"
                + "{\"currency\":\"USD\",\"sum\":\"0.10\",\"cases\":1}]");
    assertThat(ReportCli.JSON.readValue(json, AnnualTotals.CommercialMediation.class))
        .isEqualTo(mediation);
  }

  /** Published totals are kept as they were published: a single CNY amount, a JSON number. */
  @Test
  void totalsPublishedBeforeAmountsWerePerCurrencyReadAsTheirOneAmount() throws Exception {
    String earlier =
        "{\"succeeded\":3,\"amountInDispute\":{\"amount\":1234.50,\"currency\":\"CNY\"},"
            + "\"amountAgreed\":{\"amount\":1000.00,\"currency\":\"CNY\"},"
            + "\"centres\":[{\"code\":\"C\",\"amountAgreed\":{\"amount\":1000.00,\"currency\":\"CNY\"}}]}";
    AnnualTotals.CommercialMediation read =
        ReportCli.JSON.readValue(earlier, AnnualTotals.CommercialMediation.class);
    assertThat(read.amountInDispute())
        .containsExactly(new AnnualTotals.Amount("CNY", new BigDecimal("1234.50"), null));
    assertThat(read.centres().get(0).amountAgreed())
        .containsExactly(new AnnualTotals.Amount("CNY", new BigDecimal("1000.00"), null));
  }

  @Test
  void theReportsTotalsReadWithEveryAmount() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/totals-2023.json")) {
      AnnualTotals totals = ReportCli.JSON.readValue(in, AnnualTotals.class);
      assertThat(totals.commercialMediation().amountAgreed())
          .containsExactly(new AnnualTotals.Amount("CNY", new BigDecimal("834567890.00"), 402L));
    }
  }
}
