package org.disputeregistry.workbench.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.disputeregistry.workbench.dashboard.OpenCaseViews.Ageing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The ageing of open cases as a table: a row per year of receipt in order, a column per age as the
 * API lists them, 0 where the API has no cell, each count a link to the case search with the API's
 * list parameters, and the row's total.
 */
class OpenCaseViewsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void aRowPerYearOfReceiptEachCountLinkedToItsCases() throws Exception {
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    Ageing ageing =
        new OpenCaseViews(JSON)
            .of(
                JSON.readTree(
                    """
                    {"asOf":"2023-12-31","ages":[
                      {"code":"UP_TO_1_MONTH","zh":"1个月以内","en":"up to 1 month"},
                      {"code":"OVER_1_YEAR","zh":"1年以上","en":"over 1 year"}],
                     "cells":[
                      {"caseType":"PETITION","receivedIn":2023,"age":"UP_TO_1_MONTH","cases":4,
                       "list":"/api/cases?caseType=petition&openOn=2023-12-31&receivedFrom=2023-12-01&receivedTo=2023-12-31"},
                      {"caseType":"PETITION","receivedIn":2021,"age":"OVER_1_YEAR","cases":2,
                       "list":"/api/cases?caseType=petition&openOn=2023-12-31&receivedFrom=2021-01-01&receivedTo=2021-12-31"}]}"""));

    assertThat(ageing.asOf()).isEqualTo("2023-12-31");
    assertThat(ageing.ages())
        .extracting(BreakdownViews.Column::label)
        .containsExactly("1个月以内", "1年以上");
    assertThat(ageing.rows()).extracting(OpenCaseViews.AgeRow::year).containsExactly(2021, 2023);
    OpenCaseViews.AgeRow older = ageing.rows().get(0);
    assertThat(older.cells().get(0).text()).isEqualTo("0");
    assertThat(older.cells().get(0).link()).isNull();
    assertThat(older.cells().get(1).link())
        .isEqualTo(
            "/search?caseType=petition&openOn=2023-12-31&receivedFrom=2021-01-01&receivedTo=2021-12-31");
    assertThat(older.total()).isEqualTo(2);
    assertThat(ageing.chart()).contains("\"categories\":[\"2021\",\"2023\"]");
  }
}
