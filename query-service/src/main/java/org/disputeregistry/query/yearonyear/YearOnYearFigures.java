package org.disputeregistry.query.yearonyear;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.disputeregistry.query.statistics.Period;
import org.disputeregistry.query.statistics.QueryTime;
import org.disputeregistry.query.statistics.Statistics;
import org.disputeregistry.report.YearOnYear;
import org.disputeregistry.report.YearOnYear.Change;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Compares figures with the same period of every earlier year on file: the year before for the
 * change, all of them for the record check. The figures are asked of the caller for each number of
 * years back, so every case type and the totals compare the figures exactly as they serve them
 * (filters, as-of date and small-cell suppression included).
 */
@Component
public class YearOnYearFigures {

  /** At most this many earlier years are read for the record check (one query each). */
  static final int MAX_YEARS_BACK = 30;

  private final ObjectMapper json;
  private final JdbcTemplate jdbc;
  private final QueryTime queryTime;

  YearOnYearFigures(ObjectMapper json, JdbcTemplate jdbc, QueryTime queryTime) {
    this.json = json;
    this.jdbc = jdbc;
    this.queryTime = queryTime;
  }

  /**
   * The changes of the figures of {@code period}: {@code figures.apply(k)} answers the figures of
   * the same period {@code k} years earlier ({@link Period#earlier}), k = 0 for the period itself.
   */
  public Map<String, Change> compare(Period period, IntFunction<Object> figures) {
    JsonNode current = json.valueToTree(figures.apply(0));
    List<JsonNode> earlier = new ArrayList<>();
    for (int k = 1; k <= yearsBack(period); k++) {
      earlier.add(json.valueToTree(figures.apply(k)));
    }
    return FigureComparison.compare(current, earlier);
  }

  /**
   * A statistics answer with the comparison of its figures: {@code yearsEarlier.apply(k)} answers
   * the same question of the period {@code k} years earlier, k ≥ 1.
   */
  public <F> Statistics<F> compared(Statistics<F> answer, IntFunction<F> yearsEarlier) {
    Period period = answer.period();
    Map<String, Change> changes =
        compare(period, k -> k == 0 ? answer.figures() : yearsEarlier.apply(k));
    return answer.with(of(period, Map.of(answer.caseType(), changes), List.of()));
  }

  /** The comparison's frame: the periods and the first year on file, around the changes. */
  public YearOnYear of(
      Period period, Map<String, Map<String, Change>> figures, List<YearOnYear.OpenCases> open) {
    Period previous = period.earlier(1);
    return new YearOnYear(
        period.from(),
        period.to(),
        previous.from(),
        previous.to(),
        firstYearOnFile(),
        figures,
        open);
  }

  /**
   * How many years back the record check reads: to the first year on file, at least the year before
   * (which may have no cases: its figures are then zeros), at most {@link #MAX_YEARS_BACK}.
   */
  private int yearsBack(Period period) {
    Integer first = firstYearOnFile();
    int back = first == null ? 1 : period.from().getYear() - first;
    return Math.max(1, Math.min(back, MAX_YEARS_BACK));
  }

  /** The earliest year with a case received or a service contact served; null with none. */
  public Integer firstYearOnFile() {
    return queryTime.bounded(
        () ->
            jdbc.queryForObject(
                """
                SELECT extract(YEAR FROM least(
                  (SELECT min(received_on) FROM case_summary),
                  (SELECT min(served_on) FROM service_contact_day)))::int
                """,
                Integer.class));
  }
}
