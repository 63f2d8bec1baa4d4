package org.disputeregistry.query.counts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.disputeregistry.query.statistics.Period;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A year's counters of a case type read at once: over all cases for the year and for each of its
 * months, and per value of the type's dimension for the year. Each tally is what {@link
 * StatisticCounts#tally} answers for its period (the same sums, cumulative measures counted before
 * the period too), from one query instead of fourteen.
 */
final class YearTallies {

  /** Rows in buckets: 0 before the year, 1-12 a month over all cases, 13 the year per value. */
  private static final String SQL =
      """
      SELECT dimension_value,
        CASE WHEN day < :from THEN 0 WHEN dimension_value = '' THEN extract(MONTH FROM day)::int
          ELSE 13 END AS bucket,
        measure, detail, sum(cases) AS cases, sum(amount) AS amount
      FROM statistic_count
      WHERE case_type = :type
        AND (day BETWEEN :from AND :to OR (measure IN (:cumulative) AND day < :from))
      GROUP BY 1, 2, 3, 4
      """;

  private static final int YEAR_BY_VALUE = 13;

  private final Map<String, Map<Integer, Map<Key, Total>>> buckets = new HashMap<>();
  private final Set<String> cumulative;

  private record Key(String measure, String detail) {}

  private YearTallies(Set<String> cumulative) {
    this.cumulative = cumulative;
  }

  static YearTallies read(NamedParameterJdbcTemplate named, CaseFigures table, int year) {
    MapSqlParameterSource parameters = StatisticCounts.tallyParameters(table, Period.ofYear(year));
    YearTallies tallies = new YearTallies(table.cumulative());
    named.query(
        SQL,
        parameters,
        rs -> {
          tallies
              .buckets
              .computeIfAbsent(rs.getString("dimension_value"), v -> new HashMap<>())
              .computeIfAbsent(rs.getInt("bucket"), b -> new HashMap<>())
              .put(
                  new Key(rs.getString("measure"), rs.getString("detail")),
                  new Total(rs.getLong("cases"), rs.getBigDecimal("amount")));
        });
    return tallies;
  }

  /** Over all cases for the year. */
  Tally year() {
    return tally(buckets.getOrDefault("", Map.of()), 1, 12);
  }

  /** Over all cases for each month of the year. */
  List<Tally> months() {
    Map<Integer, Map<Key, Total>> all = buckets.getOrDefault("", Map.of());
    List<Tally> months = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      months.add(tally(all, month, month));
    }
    return months;
  }

  /** Per value of the dimension for the year, ordered by value. */
  Map<String, Tally> byValue() {
    Map<String, Tally> byValue = new TreeMap<>();
    buckets.forEach(
        (value, rows) -> {
          if (!value.isEmpty()) {
            byValue.put(value, tally(rows, YEAR_BY_VALUE, YEAR_BY_VALUE));
          }
        });
    return byValue;
  }

  /**
   * The tally of buckets {@code first} to {@code last}: before them count bucket 0 (cumulative
   * measures only) and the cumulative measures of the months before.
   */
  private Tally tally(Map<Integer, Map<Key, Total>> rows, int first, int last) {
    Map<Key, Total> inPeriod = new HashMap<>();
    Map<Key, Long> before = new HashMap<>();
    rows.forEach(
        (bucket, totals) ->
            totals.forEach(
                (key, total) -> {
                  if (bucket >= first && bucket <= last) {
                    inPeriod.merge(key, total, Total::plus);
                  } else if (bucket == 0 || bucket < first && cumulative.contains(key.measure())) {
                    before.merge(key, total.cases(), Long::sum);
                  }
                }));
    Tally.Builder builder = new Tally.Builder();
    inPeriod.forEach(
        (key, total) ->
            builder.add(key.measure(), key.detail(), total, before.getOrDefault(key, 0L)));
    before.forEach(
        (key, cases) -> {
          if (!inPeriod.containsKey(key)) {
            builder.add(key.measure(), key.detail(), Total.ZERO, cases);
          }
        });
    return builder.build();
  }
}
