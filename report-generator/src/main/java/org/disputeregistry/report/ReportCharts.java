package org.disputeregistry.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.disputeregistry.report.SvgBarChart.Series;

/** The report's charts, where a reader would rather look than read. */
final class ReportCharts {

  private static final String BLUE = "#3b6fb6";
  private static final String GREEN = "#4e9a5f";
  private static final String ORANGE = "#d9822b";

  private ReportCharts() {}

  /** Chart name → SVG. */
  static Map<String, String> of(AnnualTotals totals, Language lang) {
    Map<String, String> charts = new LinkedHashMap<>();
    AnnualTotals.Reconsideration r = totals.reconsideration();
    charts.put(
        "reconsideration-by-month",
        chart(
            lang.label("行政复议案件月度情况", "Reconsideration cases by month"),
            r.byMonth(),
            m -> lang.month(m.month()),
            List.of(
                series(lang.label("收案", "Received"), BLUE, AnnualTotals.MonthCases::received),
                series(lang.label("审结", "Closed"), GREEN, AnnualTotals.MonthCases::closed),
                series(
                    lang.label("调解结案", "Mediated"), ORANGE, AnnualTotals.MonthCases::mediated))));
    charts.put(
        "reconsideration-by-street",
        chart(
            lang.label("行政复议案件分街道情况", "Reconsideration cases by street"),
            r.byStreet(),
            s -> lang.label(s.zh(), s.en()),
            List.of(
                series(lang.label("收案", "Received"), BLUE, AnnualTotals.StreetCases::received),
                series(lang.label("审结", "Closed"), GREEN, AnnualTotals.StreetCases::closed),
                series(
                    lang.label("调解结案", "Mediated"), ORANGE, AnnualTotals.StreetCases::mediated))));
    charts.put(
        "commercial-mediation-by-centre",
        chart(
            lang.label("各商事调解中心办案情况", "Commercial mediation by centre"),
            totals.commercialMediation().centres(),
            c -> lang.label(c.zh(), c.en()),
            List.of(
                series(lang.label("调解终结", "Concluded"), BLUE, AnnualTotals.Centre::concluded),
                series(lang.label("调解成功", "Agreements"), GREEN, AnnualTotals.Centre::succeeded))));
    AnnualTotals.Petitions p = totals.petitions();
    charts.put(
        "petitions-by-month",
        chart(
            lang.label("信访事项月度受理与化解", "Petitions accepted and resolved by month"),
            p.byMonth(),
            m -> lang.month(m.month()),
            List.of(
                series(lang.label("受理", "Accepted"), BLUE, AnnualTotals.MonthPetitions::accepted),
                series(
                    lang.label("化解", "Resolved"), GREEN, AnnualTotals.MonthPetitions::resolved))));
    charts.put(
        "person-times-by-street",
        chart(
            lang.label("分街道服务群众人次", "Person-times served by street"),
            p.byStreet(),
            s -> lang.label(s.zh(), s.en()),
            List.of(
                series(
                    lang.label("服务人次", "Person-times"),
                    BLUE,
                    AnnualTotals.StreetPetitions::personTimesServed))));
    return charts;
  }

  private record SeriesOf<T>(String name, String colour, ToLongFunction<T> value) {}

  private static <T> SeriesOf<T> series(String name, String colour, ToLongFunction<T> value) {
    return new SeriesOf<>(name, colour, value);
  }

  private static <T> String chart(
      String title, List<T> rows, Function<T, String> category, List<SeriesOf<T>> series) {
    return SvgBarChart.render(
        title,
        rows.stream().map(category).toList(),
        series.stream()
            .map(
                s ->
                    new Series(
                        s.name(),
                        rows.stream().map(row -> s.value().applyAsLong(row)).toList(),
                        s.colour()))
            .toList());
  }
}
