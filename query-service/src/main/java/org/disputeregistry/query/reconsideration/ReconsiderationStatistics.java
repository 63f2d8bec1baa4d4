package org.disputeregistry.query.reconsideration;

import static org.disputeregistry.query.statistics.RateDefinition.COMPREHENSIVE_CORRECTION_RATE;
import static org.disputeregistry.query.statistics.RateDefinition.CORRECTION_RATE;
import static org.disputeregistry.query.statistics.RateDefinition.DECIDED_CORRECTION_RATE;
import static org.disputeregistry.query.statistics.RateDefinition.MEDIATION_RATE;
import static org.disputeregistry.query.statistics.RateDefinition.ON_TIME_RATE;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.disputeregistry.query.counts.StatisticCounts;
import org.disputeregistry.query.counts.Tally;
import org.disputeregistry.query.counts.Total;
import org.disputeregistry.query.statistics.Days;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.Labelled;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.statistics.Rate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes the reconsideration figures exactly: from the counters when they answer the query (a
 * period, or a period by street), otherwise from the case table in the database.
 */
@Component
public class ReconsiderationStatistics {

  static final Set<Dimension> DIMENSIONS =
      EnumSet.of(
          Dimension.STREET,
          Dimension.COMMUNITY,
          Dimension.CATEGORY,
          Dimension.RESPONDENT_AGENCY,
          Dimension.CHANNEL,
          Dimension.PROCEDURE);

  private static final String CLOSED = "closed_on BETWEEN :from AND :to";

  // One pass over the cases of the filter; every figure is a FILTER of the same rows.
  private static final String FIGURES =
      """
      SELECT {key} AS key,
        count(*) FILTER (WHERE received_on BETWEEN :from AND :to) AS received,
        count(*) FILTER (WHERE accepted_on BETWEEN :from AND :to) AS accepted,
        count(*) FILTER (WHERE not_accepted_on BETWEEN :from AND :to) AS not_accepted,
        count(*) FILTER (WHERE redirected_on BETWEEN :from AND :to) AS redirected,
        count(*) FILTER (WHERE accepted_on < :from AND (closed_on IS NULL OR closed_on >= :from))
          AS carried_over,
        count(*) FILTER (WHERE accepted_on <= :to AND (closed_on IS NULL OR closed_on > :to))
          AS open_at_end,
        count(*) FILTER (WHERE {closed}) AS closed,
        count(*) FILTER (WHERE {closed} AND ending IN (:mediated)) AS mediated,
        count(*) FILTER (WHERE {closed} AND ending IN (:corrective)) AS corrective,
        count(*) FILTER (WHERE {closed} AND ending IN (:decisions)) AS decided,
        count(*) FILTER (WHERE {closed} AND ending = 'WITHDRAWN_CORRECTED') AS withdrawn_corrected,
        count(*) FILTER (WHERE {closed} AND closed_on_time) AS on_time,
        avg(closed_on - accepted_on) FILTER (WHERE {closed}) AS mean_days,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY closed_on - accepted_on)
          FILTER (WHERE {closed}) AS median_days
      FROM reconsideration_case
      WHERE received_on <= :to {filters}
      GROUP BY 1
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final StatisticCounts counts;
  private final ReconsiderationCounts counted;

  ReconsiderationStatistics(
      NamedParameterJdbcTemplate jdbc, StatisticCounts counts, ReconsiderationCounts counted) {
    this.jdbc = jdbc;
    this.counts = counts;
    this.counted = counted;
  }

  /** The figures of the query's period and filters. */
  public ReconsiderationFigures figures(Query query) {
    if (counted.answers(query)) {
      return figures(tally(query, false).getOrDefault("", Tally.empty()));
    }
    return figuresBy(query, "''").getOrDefault("", empty());
  }

  /** The figures per value of the query's breakdown dimension, ordered by that value. */
  public Map<String, ReconsiderationFigures> breakdown(Query query) {
    if (counted.answers(query)) {
      Map<String, ReconsiderationFigures> figures = new LinkedHashMap<>();
      tally(query, true).forEach((key, tally) -> figures.put(key, figures(tally)));
      return figures;
    }
    return figuresBy(query, query.breakdown().column());
  }

  private Map<String, Tally> tally(Query query, boolean byDimension) {
    return counts.tally(counted, query.period(), byDimension);
  }

  /** The same figures as the SQL below, from the counters. */
  private static ReconsiderationFigures figures(Tally t) {
    Map<String, Total> byEnding = t.byDetail(ReconsiderationCounts.CLOSED);
    long closed = t.cases(ReconsiderationCounts.CLOSED);
    long mediated = sum(byEnding, Ending.MEDIATED::contains);
    long corrective = sum(byEnding, Ending.CORRECTIVE_DECISIONS::contains);
    long decided = sum(byEnding, Ending::isDecision);
    long withdrawnCorrected = sum(byEnding, e -> e == Ending.WITHDRAWN_CORRECTED);
    return new ReconsiderationFigures(
        t.cases(ReconsiderationCounts.RECEIVED),
        t.cases(ReconsiderationCounts.ACCEPTED),
        t.cases(ReconsiderationCounts.NOT_ACCEPTED),
        t.cases(ReconsiderationCounts.REDIRECTED),
        t.before(ReconsiderationCounts.ACCEPTED) - t.before(ReconsiderationCounts.ACCEPTED_CLOSED),
        closed,
        t.through(ReconsiderationCounts.ACCEPTED)
            - t.through(ReconsiderationCounts.ACCEPTED_CLOSED),
        mediated,
        Arrays.stream(Ending.values())
            .filter(e -> byEnding.containsKey(e.name()))
            .map(e -> new Labelled(e.name(), e.zh, e.en, byEnding.get(e.name()).cases()))
            .toList(),
        Rate.of(MEDIATION_RATE, mediated, closed),
        Rate.of(CORRECTION_RATE, corrective, closed),
        Rate.of(DECIDED_CORRECTION_RATE, corrective, decided),
        Rate.of(COMPREHENSIVE_CORRECTION_RATE, corrective + withdrawnCorrected, closed),
        Rate.of(ON_TIME_RATE, t.cases(ReconsiderationCounts.CLOSED_ON_TIME), closed),
        t.days(ReconsiderationCounts.DAYS_TO_CLOSE));
  }

  private static long sum(Map<String, Total> byEnding, Predicate<Ending> which) {
    return byEnding.entrySet().stream()
        .filter(e -> which.test(Ending.valueOf(e.getKey())))
        .mapToLong(e -> e.getValue().cases())
        .sum();
  }

  private Map<String, ReconsiderationFigures> figuresBy(Query query, String groupBy) {
    MapSqlParameterSource parameters = parameters();
    String sql =
        FIGURES
                .replace("{key}", groupBy)
                .replace("{closed}", CLOSED)
                .replace("{filters}", query.where(parameters))
            + " ORDER BY 1";
    Map<String, ReconsiderationFigures> figures = new LinkedHashMap<>();
    Map<String, List<Labelled>> outcomes = outcomes(query, groupBy);
    jdbc.query(
        sql,
        parameters,
        rs -> {
          String key = rs.getString("key");
          figures.put(key, figures(rs, outcomes.getOrDefault(key, List.of())));
        });
    return figures;
  }

  private Map<String, List<Labelled>> outcomes(Query query, String groupBy) {
    MapSqlParameterSource parameters = parameters();
    String sql =
        "SELECT "
            + groupBy
            + " AS key, ending, count(*) AS n FROM reconsideration_case WHERE "
            + CLOSED
            + query.where(parameters)
            + " GROUP BY 1, 2";
    Map<String, Map<Ending, Long>> counts = new LinkedHashMap<>();
    jdbc.query(
        sql,
        parameters,
        rs -> {
          counts
              .computeIfAbsent(rs.getString("key"), k -> new java.util.EnumMap<>(Ending.class))
              .put(Ending.valueOf(rs.getString("ending")), rs.getLong("n"));
        });
    Map<String, List<Labelled>> outcomes = new LinkedHashMap<>();
    counts.forEach(
        (key, byEnding) ->
            outcomes.put(
                key,
                Arrays.stream(Ending.values())
                    .filter(byEnding::containsKey)
                    .map(e -> new Labelled(e.name(), e.zh, e.en, byEnding.get(e)))
                    .toList()));
    return outcomes;
  }

  private static MapSqlParameterSource parameters() {
    return new MapSqlParameterSource()
        .addValue("mediated", names(Ending.MEDIATED))
        .addValue("corrective", names(Ending.CORRECTIVE_DECISIONS))
        .addValue(
            "decisions",
            Arrays.stream(Ending.values()).filter(Ending::isDecision).map(Ending::name).toList());
  }

  private static List<String> names(Set<Ending> endings) {
    return endings.stream().map(Ending::name).sorted().toList();
  }

  private static ReconsiderationFigures figures(ResultSet rs, List<Labelled> outcomes)
      throws SQLException {
    long closed = rs.getLong("closed");
    long corrective = rs.getLong("corrective");
    return new ReconsiderationFigures(
        rs.getLong("received"),
        rs.getLong("accepted"),
        rs.getLong("not_accepted"),
        rs.getLong("redirected"),
        rs.getLong("carried_over"),
        closed,
        rs.getLong("open_at_end"),
        rs.getLong("mediated"),
        outcomes,
        Rate.of(MEDIATION_RATE, rs.getLong("mediated"), closed),
        Rate.of(CORRECTION_RATE, corrective, closed),
        Rate.of(DECIDED_CORRECTION_RATE, corrective, rs.getLong("decided")),
        Rate.of(
            COMPREHENSIVE_CORRECTION_RATE, corrective + rs.getLong("withdrawn_corrected"), closed),
        Rate.of(ON_TIME_RATE, rs.getLong("on_time"), closed),
        Days.of(rs.getBigDecimal("mean_days"), (Double) rs.getObject("median_days", Double.class)));
  }

  private static ReconsiderationFigures empty() {
    return new ReconsiderationFigures(
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        List.of(),
        Rate.of(MEDIATION_RATE, 0, 0),
        Rate.of(CORRECTION_RATE, 0, 0),
        Rate.of(DECIDED_CORRECTION_RATE, 0, 0),
        Rate.of(COMPREHENSIVE_CORRECTION_RATE, 0, 0),
        Rate.of(ON_TIME_RATE, 0, 0),
        Days.of((BigDecimal) null, null));
  }
}
