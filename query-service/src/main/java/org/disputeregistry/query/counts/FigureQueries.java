package org.disputeregistry.query.counts;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.Period;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.statistics.QueryTime;
import org.disputeregistry.query.statistics.StatisticsRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers a statistics query with a case type's figures: from the counters when they answer it (a
 * period, or a period by the counters' dimension, every step known now), otherwise from the case
 * table. Both sum the same contributions, so both give the same figures.
 */
@Component
public class FigureQueries {

  /** Without an as-of date every step known now counts; no business date is this late. */
  private static final LocalDate KNOWN_NOW = LocalDate.of(9999, 12, 31);

  private final NamedParameterJdbcTemplate jdbc;
  private final StatisticCounts counts;
  private final CachedCounts cached;
  private final QueryTime time;
  private final int maxRows;

  /** What a tally of the counters depends on. */
  private record TallyKey(CaseType type, Period period, boolean byDimension) {}

  /** What a year's figures from the counters depend on. */
  private record YearKey(CaseType type, int year) {}

  FigureQueries(
      NamedParameterJdbcTemplate jdbc,
      StatisticCounts counts,
      CachedCounts cached,
      QueryTime time,
      @Value("${registry.statistics.max-breakdown-rows:1000}") int maxRows) {
    this.jdbc = jdbc;
    this.counts = counts;
    this.cached = cached;
    this.time = time;
    this.maxRows = maxRows;
  }

  /** The figures of the query's period and filters, steps counted up to {@code asOf} (or null). */
  public Figures figures(CaseFigures type, Query query, LocalDate asOf) {
    Tally tally = tallies(type, query, asOf).get("");
    return tally == null ? type.none() : type.of(tally);
  }

  /**
   * The figures of a year, of its months, and of the year per value of the type's dimension, every
   * step known now: from the counters, in one query.
   */
  public YearFigures year(CaseFigures type, int year) {
    return cached.get(
        new YearKey(type.caseType(), year),
        () -> {
          YearTallies tallies = time.bounded(() -> YearTallies.read(jdbc, type, year));
          Map<String, Tally> byValue = tallies.byValue();
          checkRows(type.dimension(), byValue.size());
          Map<String, Figures> values = new LinkedHashMap<>();
          byValue.forEach((key, tally) -> values.put(key, type.of(tally)));
          return new YearFigures(
              type.of(tallies.year()),
              tallies.months().stream().map(type::of).toList(),
              Collections.unmodifiableMap(values));
        });
  }

  /**
   * The figures per value of the query's breakdown: from the counters in the order of the values,
   * from the case table in the database's order of them.
   */
  public Map<String, Figures> breakdown(CaseFigures type, Query query, LocalDate asOf) {
    Map<String, Tally> tallies = tallies(type, query, asOf);
    checkRows(query.breakdown(), tallies.size());
    Map<String, Figures> figures = new LinkedHashMap<>();
    tallies.forEach((key, tally) -> figures.put(key, type.of(tally)));
    return figures;
  }

  /**
   * The drill-down from a figure to its cases: a sub-select of the ids of the cases that {@code
   * figure} counts in the query's period among those its filters select, steps counted up to {@code
   * asOf} (or null), by the figure's own definition; its parameters are bound into {@code
   * parameters} ({@code from}, {@code to}, {@code asOf} and the filters' columns).
   *
   * @throws StatisticsRequestException naming {@code figure} if the case type has no such count
   */
  public String cases(
      CaseFigures type,
      String figure,
      Query query,
      LocalDate asOf,
      MapSqlParameterSource parameters) {
    parameters.addValue("asOf", asOf == null ? KNOWN_NOW : asOf);
    return type.cases(figure, query.where(parameters))
        .orElseThrow(
            () ->
                new StatisticsRequestException(
                    "figure",
                    "No count named "
                        + figure
                        + " here; the "
                        + type.caseType()
                        + " figures made of cases are "
                        + type.countNames()
                        + ", a rate's as <rate>.numerator or <rate>.denominator"));
  }

  /** Coded dimensions have a few dozen values; free text (mediator, agency) as many as cases. */
  private void checkRows(Dimension breakdown, int rows) {
    if (rows > maxRows) {
      throw new StatisticsRequestException(
          "by",
          "A breakdown by "
              + breakdown.parameter()
              + " has more than "
              + maxRows
              + " rows here; add a filter or ask for a shorter period");
    }
  }

  private Map<String, Tally> tallies(CaseFigures type, Query query, LocalDate asOf) {
    // The counters hold every step known now: an earlier as-of date needs the case table.
    if (asOf == null && type.answers(query)) {
      boolean byDimension = query.breakdown() != null;
      return cached.get(
          new TallyKey(type.caseType(), query.period(), byDimension),
          () ->
              Collections.unmodifiableMap(
                  time.bounded(() -> counts.tally(type, query.period(), byDimension))));
    }
    return time.bounded(() -> caseTable(type, query, asOf));
  }

  private Map<String, Tally> caseTable(CaseFigures type, Query query, LocalDate asOf) {
    MapSqlParameterSource parameters =
        new MapSqlParameterSource()
            .addValue("asOf", asOf == null ? KNOWN_NOW : asOf)
            .addValue("cumulative", List.copyOf(type.cumulative()));
    String key = query.breakdown() == null ? "''" : type.key(query.breakdown());
    String sql = type.tally(key, query.where(parameters));
    return StatisticCounts.read(jdbc, sql, parameters, new LinkedHashMap<>());
  }
}
