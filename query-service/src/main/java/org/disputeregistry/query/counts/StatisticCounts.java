package org.disputeregistry.query.counts;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.query.statistics.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counters per case type, day, measure and detail, over all cases and per value of the type's
 * summary dimension, kept in step with the read-model tables by the projection: a batch takes the
 * contributions of the cases it touches before and after, and adds the difference. A year's figures
 * then sum a few hundred counters per measure instead of every case of the year.
 */
@Component
public class StatisticCounts {

  private static final String UPSERT =
      "INSERT INTO statistic_count (case_type, dimension_value, day, measure, detail, cases, amount)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_type, dimension_value, day, measure,"
          + " detail) DO UPDATE SET cases = statistic_count.cases + excluded.cases,"
          + " amount = statistic_count.amount + excluded.amount";

  /** A counter back at zero goes: the counters are exactly what the case rows contribute. */
  private static final String DELETE_ZERO =
      "DELETE FROM statistic_count WHERE case_type = ? AND dimension_value = ? AND day = ?"
          + " AND measure = ? AND detail = ? AND cases = 0 AND amount = 0";

  private static final String TALLY =
      """
      SELECT dimension_value, measure, detail,
        coalesce(sum(cases) FILTER (WHERE day >= :from), 0) AS cases,
        coalesce(sum(amount) FILTER (WHERE day >= :from), 0) AS amount,
        coalesce(sum(cases) FILTER (WHERE day < :from), 0) AS before
      FROM statistic_count
      WHERE case_type = :type AND dimension_value {dimension}
        AND (day BETWEEN :from AND :to OR (measure IN (:cumulative) AND day < :from))
      GROUP BY 1, 2, 3
      """;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final Map<CaseType, CaseFigures> tables = new EnumMap<>(CaseType.class);

  StatisticCounts(JdbcTemplate jdbc, List<CaseFigures> tables) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    tables.forEach(t -> this.tables.put(t.caseType(), t));
  }

  /**
   * Starts a change of the given cases: call before the batch touches their rows, in the batch's
   * transaction, and {@link Change#commit()} after it.
   */
  public Change change(Map<CaseType, ? extends Collection<UUID>> cases) {
    return change(cases, id -> true);
  }

  /**
   * As {@link #change(Map)}, when only the cases that {@code mayHaveRows} accepts can have rows yet
   * (the others are new): only theirs are read before, a case without rows contributing nothing.
   */
  public Change change(
      Map<CaseType, ? extends Collection<UUID>> cases, Predicate<UUID> mayHaveRows) {
    Change change = new Change(cases);
    change.add(-1, mayHaveRows);
    return change;
  }

  /** The contributions of some cases as they stood before, to be replaced by their new ones. */
  public final class Change {

    private final Map<CaseType, ? extends Collection<UUID>> cases;
    private final Map<Count, Total> delta = new HashMap<>();

    private Change(Map<CaseType, ? extends Collection<UUID>> cases) {
      this.cases = cases;
    }

    /** Adds the cases' contributions as they stand now, and writes the difference. */
    public void commit() {
      add(+1, id -> true);
      List<Count> changed =
          delta.entrySet().stream()
              .filter(e -> !e.getValue().isZero())
              .map(Map.Entry::getKey)
              .sorted()
              .toList();
      jdbc.batchUpdate(
          UPSERT,
          changed,
          changed.size(),
          (PreparedStatement ps, Count count) -> {
            setKey(ps, count);
            Total total = delta.get(count);
            ps.setLong(6, total.cases());
            ps.setBigDecimal(7, total.amount());
          });
      List<Count> decreased = changed.stream().filter(c -> delta.get(c).cases() < 0).toList();
      jdbc.batchUpdate(DELETE_ZERO, decreased, decreased.size(), StatisticCounts::setKey);
    }

    /** The contributions of every case type's cases, in one query (one round trip). */
    private void add(int sign, Predicate<UUID> which) {
      List<CaseFigures> counted = new ArrayList<>();
      List<UUID[]> ids = new ArrayList<>();
      cases.forEach(
          (type, of) -> {
            CaseFigures table = tables.get(type);
            UUID[] read = of.stream().filter(which).toArray(UUID[]::new);
            if (table != null && read.length > 0) {
              counted.add(table);
              ids.add(read);
            }
          });
      if (counted.isEmpty()) {
        return;
      }
      StringBuilder sql = new StringBuilder();
      for (int t = 0; t < counted.size(); t++) {
        sql.append(t == 0 ? "" : " UNION ALL ")
            .append("SELECT ")
            .append(t)
            .append(" AS counted_table, dimension_value, measure, detail, day, amount FROM (")
            .append(counted.get(t).counted("case_id = ANY (?)"))
            .append(") c")
            .append(t);
      }
      jdbc.query(
          connection -> {
            PreparedStatement ps = connection.prepareStatement(sql.toString());
            for (int t = 0; t < ids.size(); t++) {
              ps.setArray(t + 1, connection.createArrayOf("uuid", ids.get(t)));
            }
            return ps;
          },
          rs -> {
            Count count =
                new Count(
                    counted.get(rs.getInt("counted_table")).caseType(),
                    rs.getString("dimension_value"),
                    rs.getString("measure"),
                    rs.getString("detail"),
                    rs.getObject("day", LocalDate.class));
            Total one = new Total(1, rs.getBigDecimal("amount"));
            one = sign < 0 ? one.negated() : one;
            delta.merge(count, one, Total::plus);
            delta.merge(count.overAll(), one, Total::plus);
          });
    }
  }

  /**
   * The counters of a table over a period: over all cases (the empty key), or per value of the
   * table's dimension; its cumulative measures also count what lies before the period.
   */
  public Map<String, Tally> tally(CaseFigures table, Period period, boolean byDimension) {
    MapSqlParameterSource parameters = tallyParameters(table, period);
    String sql = TALLY.replace("{dimension}", byDimension ? "<> ''" : "= ''");
    return read(named, sql, parameters, new TreeMap<>());
  }

  /**
   * The parameters of a tally's query: the table's case type, the period, its cumulative measures.
   */
  static MapSqlParameterSource tallyParameters(CaseFigures table, Period period) {
    Set<String> cumulative = table.cumulative();
    return new MapSqlParameterSource()
        .addValue("type", table.caseType().name())
        .addValue("from", period.from())
        .addValue("to", period.to())
        // IN () is no valid SQL: a measure name nothing uses stands for "none".
        .addValue("cumulative", cumulative.isEmpty() ? List.of("-") : List.copyOf(cumulative));
  }

  /** Tallies per key from rows of (dimension_value, measure, detail, cases, amount, before). */
  static Map<String, Tally> read(
      NamedParameterJdbcTemplate named,
      String sql,
      MapSqlParameterSource parameters,
      Map<String, Tally> result) {
    Map<String, Tally.Builder> tallies = new LinkedHashMap<>();
    named.query(
        sql,
        parameters,
        rs -> {
          tallies
              .computeIfAbsent(rs.getString("dimension_value"), k -> new Tally.Builder())
              .add(
                  rs.getString("measure"),
                  rs.getString("detail"),
                  new Total(rs.getLong("cases"), rs.getBigDecimal("amount")),
                  rs.getLong("before"));
        });
    tallies.forEach((key, builder) -> result.put(key, builder.build()));
    return result;
  }

  /** The case types whose tables the counters count: one {@link #count} each. */
  public Set<CaseType> countedTypes() {
    return Set.copyOf(tables.keySet());
  }

  /**
   * Adds the counters of every case of one type's table to counters that hold none of its cases
   * yet, in the caller's transaction and in the tables its search path finds: a rebuild's shadow
   * tables, once loaded without counters, a type per database session.
   */
  public void count(CaseType type) {
    count(jdbc, tables.get(type));
  }

  /** Recounts every case of every counted table from scratch (a migration fills the counters). */
  static void refill(JdbcTemplate jdbc, Collection<CaseFigures> tables) {
    jdbc.update("DELETE FROM statistic_count");
    for (CaseFigures table : tables) {
      count(jdbc, table);
    }
  }

  private static void count(JdbcTemplate jdbc, CaseFigures table) {
    jdbc.update(
        "INSERT INTO statistic_count"
            + " (case_type, dimension_value, day, measure, detail, cases, amount)"
            + " SELECT ?, CASE WHEN grouping(dimension_value) = 1 THEN '' ELSE dimension_value"
            + " END, day, measure, detail, count(*), sum(amount) FROM ("
            + table.counted("TRUE")
            + ") c GROUP BY GROUPING SETS ((dimension_value, day, measure, detail),"
            + " (day, measure, detail))",
        table.caseType().name());
  }

  private static void setKey(PreparedStatement ps, Count count) throws SQLException {
    ps.setString(1, count.caseType().name());
    ps.setString(2, count.dimensionValue());
    ps.setObject(3, count.day());
    ps.setString(4, count.measure());
    ps.setString(5, count.detail());
  }
}
