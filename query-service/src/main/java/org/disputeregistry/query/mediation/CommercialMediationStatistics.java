package org.disputeregistry.query.mediation;

import static org.disputeregistry.query.statistics.RateDefinition.JUDICIAL_CONFIRMATION_RATE;
import static org.disputeregistry.query.statistics.RateDefinition.SUCCESS_RATE;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disputeregistry.query.counts.StatisticCounts;
import org.disputeregistry.query.counts.Tally;
import org.disputeregistry.query.counts.Total;
import org.disputeregistry.query.statistics.Days;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.statistics.Rate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes the commercial mediation figures exactly: from the counters when they answer the query
 * (a period, or a period by centre), otherwise from the case table in the database.
 */
@Component
public class CommercialMediationStatistics {

  static final Set<Dimension> DIMENSIONS =
      EnumSet.of(
          Dimension.CENTRE,
          Dimension.MEDIATOR,
          Dimension.DISPUTE_TYPE,
          Dimension.SOURCE,
          Dimension.STREET,
          Dimension.COMMUNITY);

  private static final String AGREEMENT = Conclusion.AGREEMENT.name();

  private static final String CONCLUDED =
      "concluded_on BETWEEN :from AND :to AND accepted_on IS NOT NULL";
  private static final String AGREED =
      "concluded_on BETWEEN :from AND :to AND conclusion = 'AGREEMENT'";

  // One pass over the cases of the filter; every figure is a FILTER of the same rows.
  private static final String FIGURES =
      """
      SELECT {key} AS key,
        count(*) FILTER (WHERE received_on BETWEEN :from AND :to) AS received,
        count(*) FILTER (WHERE accepted_on BETWEEN :from AND :to) AS accepted,
        count(*) FILTER (WHERE not_accepted_on BETWEEN :from AND :to) AS not_accepted,
        count(*) FILTER (WHERE {concluded}) AS concluded,
        count(*) FILTER (WHERE {agreed}) AS succeeded,
        count(*) FILTER (WHERE {concluded} AND conclusion = 'NO_AGREEMENT') AS no_agreement,
        count(*) FILTER (WHERE {concluded} AND conclusion = 'WITHDRAWN') AS withdrawn,
        count(*) FILTER (WHERE concluded_on BETWEEN :from AND :to AND accepted_on IS NULL
          AND conclusion = 'WITHDRAWN') AS withdrawn_before_acceptance,
        count(*) FILTER (WHERE {agreed} AND confirmation_applied_on IS NOT NULL) AS applied,
        count(*) FILTER (WHERE {agreed} AND confirmation_ruling = 'VALID') AS valid,
        count(*) FILTER (WHERE {agreed} AND confirmation_ruling = 'INVALID') AS invalid,
        count(*) FILTER (WHERE {agreed} AND performance = 'FULLY') AS performed_fully,
        count(*) FILTER (WHERE {agreed} AND performance = 'PARTLY') AS performed_partly,
        avg(concluded_on - accepted_on) FILTER (WHERE {concluded}) AS mean_days,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY concluded_on - accepted_on)
          FILTER (WHERE {concluded}) AS median_days
      FROM commercial_mediation_case
      WHERE received_on <= :to {filters}
      GROUP BY 1
      """;

  // Exact numeric sums per currency, CNY first.
  private static final String AMOUNTS =
      """
      SELECT * FROM (
        SELECT {key} AS key, 'DISPUTE' AS kind, dispute_currency AS currency,
          sum(amount_in_dispute) AS total, count(*) AS cases
        FROM commercial_mediation_case
        WHERE received_on BETWEEN :from AND :to {filters}
        GROUP BY 1, 2, 3
        UNION ALL
        SELECT {key}, 'AGREED', agreed_currency, sum(amount_agreed), count(*)
        FROM commercial_mediation_case
        WHERE {agreed} {filters}
        GROUP BY 1, 2, 3) sums
      ORDER BY key, kind, currency <> 'CNY', currency
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final StatisticCounts counts;
  private final CommercialMediationCounts counted;

  CommercialMediationStatistics(
      NamedParameterJdbcTemplate jdbc, StatisticCounts counts, CommercialMediationCounts counted) {
    this.jdbc = jdbc;
    this.counts = counts;
    this.counted = counted;
  }

  /** The figures of the query's period and filters. */
  public CommercialMediationFigures figures(Query query) {
    if (counted.answers(query)) {
      return figures(tally(query, false).getOrDefault("", Tally.empty()));
    }
    return figuresBy(query, "''").getOrDefault("", empty());
  }

  /**
   * The figures per value of the query's breakdown dimension, ordered by that value; cases without
   * a value (no mediator, outside the district) come under the empty key.
   */
  public Map<String, CommercialMediationFigures> breakdown(Query query) {
    if (counted.answers(query)) {
      Map<String, CommercialMediationFigures> figures = new LinkedHashMap<>();
      tally(query, true).forEach((key, tally) -> figures.put(key, figures(tally)));
      return figures;
    }
    return figuresBy(query, "coalesce(" + query.breakdown().column() + ", '')");
  }

  private Map<String, Tally> tally(Query query, boolean byDimension) {
    return counts.tally(counted, query.period(), byDimension);
  }

  /** The same figures as the SQL above, from the counters. */
  private static CommercialMediationFigures figures(Tally t) {
    long succeeded =
        t.cases(CommercialMediationCounts.CONCLUDED, AGREEMENT)
            + t.cases(CommercialMediationCounts.CONCLUDED_UNACCEPTED, AGREEMENT);
    long concluded = t.cases(CommercialMediationCounts.CONCLUDED);
    long valid = t.cases(CommercialMediationCounts.CONFIRMATION_RULED, "VALID");
    return new CommercialMediationFigures(
        t.cases(CommercialMediationCounts.RECEIVED),
        t.cases(CommercialMediationCounts.ACCEPTED),
        t.cases(CommercialMediationCounts.NOT_ACCEPTED),
        concluded,
        succeeded,
        t.cases(CommercialMediationCounts.CONCLUDED, "NO_AGREEMENT"),
        t.cases(CommercialMediationCounts.CONCLUDED, "WITHDRAWN"),
        t.cases(CommercialMediationCounts.CONCLUDED_UNACCEPTED, "WITHDRAWN"),
        Rate.of(SUCCESS_RATE, succeeded, concluded),
        t.cases(CommercialMediationCounts.CONFIRMATION_APPLIED),
        valid,
        t.cases(CommercialMediationCounts.CONFIRMATION_RULED, "INVALID"),
        Rate.of(JUDICIAL_CONFIRMATION_RATE, valid, succeeded),
        t.cases(CommercialMediationCounts.PERFORMED, "FULLY"),
        t.cases(CommercialMediationCounts.PERFORMED, "PARTLY"),
        amounts(t.byDetail(CommercialMediationCounts.RECEIVED)),
        amounts(t.byDetail(CommercialMediationCounts.AGREED)),
        t.days(CommercialMediationCounts.DAYS_TO_CONCLUDE));
  }

  /** Per currency, CNY first, as the SQL orders them. */
  private static List<Amount> amounts(Map<String, Total> byCurrency) {
    return byCurrency.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, Total> e) -> !e.getKey().equals("CNY"))
                .thenComparing(Map.Entry::getKey))
        .map(e -> new Amount(e.getKey(), e.getValue().amount(), e.getValue().cases()))
        .toList();
  }

  private Map<String, CommercialMediationFigures> figuresBy(Query query, String groupBy) {
    Map<String, Map<String, List<Amount>>> amounts = amounts(query, groupBy);
    MapSqlParameterSource parameters = new MapSqlParameterSource();
    String sql = sql(FIGURES, groupBy, query, parameters) + " ORDER BY 1";
    Map<String, CommercialMediationFigures> figures = new LinkedHashMap<>();
    jdbc.query(
        sql,
        parameters,
        rs -> {
          String key = rs.getString("key");
          Map<String, List<Amount>> sums = amounts.getOrDefault(key, Map.of());
          figures.put(
              key,
              figures(
                  rs,
                  sums.getOrDefault("DISPUTE", List.of()),
                  sums.getOrDefault("AGREED", List.of())));
        });
    return figures;
  }

  private Map<String, Map<String, List<Amount>>> amounts(Query query, String groupBy) {
    MapSqlParameterSource parameters = new MapSqlParameterSource();
    Map<String, Map<String, List<Amount>>> amounts = new LinkedHashMap<>();
    jdbc.query(
        sql(AMOUNTS, groupBy, query, parameters),
        parameters,
        rs -> {
          amounts
              .computeIfAbsent(rs.getString("key"), k -> new LinkedHashMap<>())
              .computeIfAbsent(rs.getString("kind"), k -> new ArrayList<>())
              .add(
                  new Amount(
                      rs.getString("currency"), rs.getBigDecimal("total"), rs.getLong("cases")));
        });
    return amounts;
  }

  private static String sql(
      String template, String groupBy, Query query, MapSqlParameterSource parameters) {
    return template
        .replace("{key}", groupBy)
        .replace("{concluded}", CONCLUDED)
        .replace("{agreed}", AGREED)
        .replace("{filters}", query.where(parameters));
  }

  private static CommercialMediationFigures figures(
      ResultSet rs, List<Amount> inDispute, List<Amount> agreed) throws SQLException {
    long succeeded = rs.getLong("succeeded");
    return new CommercialMediationFigures(
        rs.getLong("received"),
        rs.getLong("accepted"),
        rs.getLong("not_accepted"),
        rs.getLong("concluded"),
        succeeded,
        rs.getLong("no_agreement"),
        rs.getLong("withdrawn"),
        rs.getLong("withdrawn_before_acceptance"),
        Rate.of(SUCCESS_RATE, succeeded, rs.getLong("concluded")),
        rs.getLong("applied"),
        rs.getLong("valid"),
        rs.getLong("invalid"),
        Rate.of(JUDICIAL_CONFIRMATION_RATE, rs.getLong("valid"), succeeded),
        rs.getLong("performed_fully"),
        rs.getLong("performed_partly"),
        inDispute,
        agreed,
        Days.of(rs.getBigDecimal("mean_days"), (Double) rs.getObject("median_days", Double.class)));
  }

  private static CommercialMediationFigures empty() {
    return new CommercialMediationFigures(
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        Rate.of(SUCCESS_RATE, 0, 0),
        0,
        0,
        0,
        Rate.of(JUDICIAL_CONFIRMATION_RATE, 0, 0),
        0,
        0,
        List.of(),
        List.of(),
        Days.of((BigDecimal) null, null));
  }
}
