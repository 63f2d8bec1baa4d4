package org.disputeregistry.workbench.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.disputeregistry.workbench.dashboard.FigureViews.Line;
import org.disputeregistry.workbench.dashboard.FigureViews.Shown;
import org.disputeregistry.workbench.dashboard.FigureViews.Tile;
import org.disputeregistry.workbench.dashboard.FigureViews.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/** The API's answers as the dashboard shows them: values and links as given, suppressed marked. */
class FigureViewsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final StaticMessageSource messages = new StaticMessageSource();
  private final FigureViews views = new FigureViews(messages);
  private final Map<String, String> period = new LinkedHashMap<>(Map.of("year", "2023"));

  @BeforeEach
  void chinese() {
    messages.setUseCodeAsDefaultMessage(false);
    messages.addMessage("figure.days", Locale.SIMPLIFIED_CHINESE, "平均 {0} 日,中位数 {1} 日");
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
  }

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void aRateIsATileWhosePartsLinkToTheirCases() throws Exception {
    Shown shown =
        views.of(
            StatisticsType.RECONSIDERATION,
            JSON.readTree(
                """
                {"mediationRate":{"name":"mediation rate","nameZh":"调解率","definition":"d",
                 "definitionZh":"定义","numerator":69,"denominator":135,"percent":51.11}}"""),
            period);

    Tile tile = shown.tiles().get(0);
    assertThat(tile.label()).isEqualTo("调解率");
    assertThat(tile.definition()).isEqualTo("定义");
    assertThat(tile.percent()).isEqualTo("51.11");
    assertThat(tile.numerator().text()).isEqualTo("69");
    assertThat(tile.numerator().link())
        .isEqualTo("/search?caseType=reconsideration&figure=mediationRate.numerator&year=2023");
    assertThat(tile.denominator().link()).contains("figure=mediationRate.denominator");
  }

  @Test
  void whatTheApiSuppressedIsShownSoNeverAsZeroAndIsNoLink() throws Exception {
    Shown shown =
        views.of(
            StatisticsType.RECONSIDERATION,
            JSON.readTree(
                """
                {"received":null,"closed":12,
                 "closedByOutcome":[{"code":"MEDIATION_AGREEMENT","zh":"调解","en":"Mediation","count":null},
                                    {"code":"DECISION_UPHELD","zh":"维持","en":"Upheld","count":9}],
                 "mediationRate":{"name":"r","nameZh":"调解率","definition":"d","definitionZh":"定义",
                                  "numerator":null,"denominator":null,"percent":null},
                 "suppressed":["received","closedByOutcome.MEDIATION_AGREEMENT","mediationRate"]}"""),
            period);

    Value received = line(shown, "received").value();
    assertThat(received.suppressed()).isTrue();
    assertThat(received.text()).isNull();
    assertThat(received.link()).isNull();
    assertThat(line(shown, "closedByOutcome").codes().get(0).value().suppressed()).isTrue();
    Value upheld = line(shown, "closedByOutcome").codes().get(1).value();
    assertThat(upheld.link()).contains("figure=closedByOutcome.DECISION_UPHELD");
    assertThat(shown.tiles().get(0).numerator().suppressed()).isTrue();
    assertThat(shown.tiles().get(0).percent()).isNull();
  }

  @Test
  void personTimesDurationsAndAmountsAreNoLinks() throws Exception {
    Shown shown =
        views.of(
            StatisticsType.PETITION,
            JSON.readTree(
                """
                {"registered":120,"registeredPersons":250,"personTimesServed":1130000,
                 "daysToClose":{"mean":38.42,"median":36.0}}"""),
            period);

    assertThat(line(shown, "registered").value().link()).contains("figure=registered");
    assertThat(line(shown, "registeredPersons").value().link()).isNull();
    assertThat(line(shown, "personTimesServed").value().text()).isEqualTo("1,130,000");
    assertThat(line(shown, "personTimesServed").value().link()).isNull();
    assertThat(line(shown, "daysToClose").value().text()).isEqualTo("平均 38.42 日,中位数 36.0 日");
    assertThat(line(shown, "daysToClose").value().link()).isNull();
  }

  @Test
  void aBreakdownsCountsLinkWithTheRowsValueAsAFilterAndItsSuppressedCellsSaySo() throws Exception {
    JsonNode answer =
        JSON.readTree(
            """
            {"received":7,"mediationRate":{"numerator":1,"denominator":2,"percent":50.0}}""");
    JsonNode table =
        JSON.readTree(
            """
            {"columns":["street","zh","en","received","mediationRate","meanDaysToClose","suppressed"],
             "rows":[{"street":"GUANGMING","zh":"光明街道","en":"Guangming","received":5,
                      "mediationRate":75,"meanDaysToClose":12.5,"suppressed":[]},
                     {"street":"FENGHUANG","zh":"凤凰街道","en":"Fenghuang","received":null,
                      "mediationRate":null,"meanDaysToClose":3,"suppressed":["received","mediationRate"]},
                     {"street":"","zh":"未指定","en":"Not given","received":6,
                      "mediationRate":null,"meanDaysToClose":null,"suppressed":[]}]}""");

    BreakdownViews.Table shown =
        new BreakdownViews(views)
            .of(StatisticsType.RECONSIDERATION, "street", table, answer, period);

    assertThat(shown.columns())
        .extracting(BreakdownViews.Column::name)
        .containsExactly("received", "mediationRate", "meanDaysToClose");
    Value guangming = shown.rows().get(0).cells().get(0);
    assertThat(guangming.link())
        .isEqualTo("/search?caseType=reconsideration&figure=received&year=2023&street=GUANGMING");
    assertThat(shown.rows().get(0).cells().get(1).text()).isEqualTo("75.00%");
    assertThat(shown.rows().get(0).cells().get(2).link()).isNull();
    assertThat(shown.rows().get(1).cells().get(0).suppressed()).isTrue();
    assertThat(shown.rows().get(1).cells().get(1).suppressed()).isTrue();
    assertThat(shown.rows().get(2).cells().get(0).text()).isEqualTo("6");
    assertThat(shown.rows().get(2).cells().get(0).link()).isNull();
    assertThat(shown.rows().get(0).label()).isEqualTo("光明街道");
  }

  private static Line line(Shown shown, String name) {
    return shown.lines().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
  }
}
