package org.disputeregistry.query.petition;

import static org.disputeregistry.query.statistics.RateDefinition.ON_TIME_ACCEPTANCE_RATE;
import static org.disputeregistry.query.statistics.RateDefinition.ON_TIME_REPLY_RATE;
import static org.disputeregistry.query.statistics.RateDefinition.RESOLUTION_RATE;
import static org.disputeregistry.query.statistics.RateDefinition.REVIEW_RATE;
import static org.disputeregistry.query.statistics.RateDefinition.RE_REVIEW_RATE;
import static org.disputeregistry.query.statistics.RateDefinition.SATISFACTION_RATE;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.disputeregistry.query.counts.StatisticCounts;
import org.disputeregistry.query.counts.Tally;
import org.disputeregistry.query.servicecontact.PersonTimes;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.statistics.Rate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes the petition figures exactly, from the counters when they answer the query (a period, or
 * a period by street, every step known now), otherwise from the case table; person-times from the
 * service-contact days.
 */
@Component
public class PetitionStatistics {

  static final Set<Dimension> DIMENSIONS =
      EnumSet.of(Dimension.STREET, Dimension.COMMUNITY, Dimension.CATEGORY, Dimension.CHANNEL);

  /** Without an as-of date every step known now counts; no business date is this late. */
  private static final LocalDate KNOWN_NOW = LocalDate.of(9999, 12, 31);

  /** The "group by" of the figures over all petitions. */
  private static final String ALL = "''";

  private static final String COHORT = "accepted_on BETWEEN :from AND :to";

  // One pass over the petitions of the filter; every figure is a FILTER of the same rows.
  private static final String FIGURES =
      """
      SELECT {key} AS key,
        count(*) FILTER (WHERE registered_on BETWEEN :from AND :to) AS registered,
        coalesce(sum(persons) FILTER (WHERE registered_on BETWEEN :from AND :to), 0) AS persons,
        count(*) FILTER (WHERE {cohort}) AS accepted,
        count(*) FILTER (WHERE {cohort} AND accepted_on_time) AS accepted_on_time,
        count(*) FILTER (WHERE not_accepted_on BETWEEN :from AND :to) AS not_accepted,
        count(*) FILTER (WHERE redirected_on BETWEEN :from AND :to) AS redirected,
        count(*) FILTER (WHERE {cohort} AND resolution_on <= :asOf AND resolution = 'RESOLVED')
          AS resolved,
        count(*) FILTER (WHERE {cohort} AND resolution_on <= :asOf AND resolution = 'NOT_RESOLVED')
          AS not_resolved,
        count(*) FILTER (WHERE {cohort} AND replied_on <= :asOf) AS replied,
        count(*) FILTER (WHERE {cohort} AND replied_on <= :asOf AND replied_on_time)
          AS replied_on_time,
        count(*) FILTER (WHERE {cohort} AND rated_on <= :asOf AND satisfaction = 'SATISFIED')
          AS satisfied,
        count(*) FILTER (WHERE {cohort} AND rated_on <= :asOf
          AND satisfaction = 'BASICALLY_SATISFIED') AS basically_satisfied,
        count(*) FILTER (WHERE {cohort} AND rated_on <= :asOf AND satisfaction = 'DISSATISFIED')
          AS dissatisfied,
        count(*) FILTER (WHERE {cohort} AND review_requested_on <= :asOf) AS reviews_requested,
        count(*) FILTER (WHERE {cohort} AND review_decided_on <= :asOf) AS reviews_decided,
        count(*) FILTER (WHERE {cohort} AND re_review_requested_on <= :asOf)
          AS re_reviews_requested,
        count(*) FILTER (WHERE {cohort} AND re_review_decided_on <= :asOf) AS re_reviews_decided
      FROM petition_case
      WHERE registered_on <= :to {filters}
      GROUP BY 1
      ORDER BY 1
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final PersonTimes personTimes;
  private final StatisticCounts counts;
  private final PetitionCounts counted;

  PetitionStatistics(
      NamedParameterJdbcTemplate jdbc,
      PersonTimes personTimes,
      StatisticCounts counts,
      PetitionCounts counted) {
    this.jdbc = jdbc;
    this.personTimes = personTimes;
    this.counts = counts;
    this.counted = counted;
  }

  /** The figures of the query's period and filters, steps counted up to {@code asOf} (or null). */
  public PetitionFigures figures(Query query, LocalDate asOf) {
    PetitionFigures figures = petitions(query, ALL, asOf).getOrDefault("", none(asOf));
    return PersonTimes.answers(query)
        ? figures.withPersonTimesServed(personTimes.total(query))
        : figures;
  }

  /**
   * The figures per value of the query's breakdown, ordered by that value; a street or community
   * with service contacts but no petitions has a row too.
   */
  public Map<String, PetitionFigures> breakdown(Query query, LocalDate asOf) {
    Map<String, PetitionFigures> figures = petitions(query, query.breakdown().column(), asOf);
    if (PersonTimes.answers(query)) {
      Map<String, Long> served = personTimes.breakdown(query);
      served.keySet().forEach(key -> figures.putIfAbsent(key, none(asOf)));
      figures.replaceAll((key, f) -> f.withPersonTimesServed(served.getOrDefault(key, 0L)));
    }
    return figures;
  }

  private Map<String, PetitionFigures> petitions(Query query, String groupBy, LocalDate asOf) {
    // The counters hold every step known now: an earlier as-of date needs the case table.
    if (asOf == null && counted.answers(query)) {
      Map<String, PetitionFigures> figures = new TreeMap<>();
      counts
          .tally(counted, query.period(), !groupBy.equals(ALL))
          .forEach((key, tally) -> figures.put(key, figures(tally)));
      return figures;
    }
    MapSqlParameterSource parameters =
        new MapSqlParameterSource("asOf", asOf == null ? KNOWN_NOW : asOf);
    String sql =
        FIGURES
            .replace("{key}", groupBy)
            .replace("{cohort}", COHORT)
            .replace("{filters}", query.where(parameters));
    Map<String, PetitionFigures> figures = new TreeMap<>();
    jdbc.query(
        sql,
        parameters,
        rs -> {
          figures.put(rs.getString("key"), figures(asOf, rs));
        });
    return figures;
  }

  /** The same figures as the SQL above, from the counters. */
  private static PetitionFigures figures(Tally t) {
    long accepted = t.cases(PetitionCounts.ACCEPTED);
    long replied = t.cases(PetitionCounts.REPLIED);
    long resolved = t.cases(PetitionCounts.RESOLVED, "RESOLVED");
    long satisfied = t.cases(PetitionCounts.RATED, "SATISFIED");
    long basically = t.cases(PetitionCounts.RATED, "BASICALLY_SATISFIED");
    long dissatisfied = t.cases(PetitionCounts.RATED, "DISSATISFIED");
    long reviewsRequested = t.cases(PetitionCounts.REVIEW_REQUESTED);
    long reviewsDecided = t.cases(PetitionCounts.REVIEW_DECIDED);
    long reReviewsRequested = t.cases(PetitionCounts.RE_REVIEW_REQUESTED);
    return new PetitionFigures(
        null,
        t.cases(PetitionCounts.REGISTERED),
        t.total(PetitionCounts.REGISTERED, "").amount().longValueExact(),
        accepted,
        t.cases(PetitionCounts.NOT_ACCEPTED),
        t.cases(PetitionCounts.REDIRECTED),
        Rate.of(ON_TIME_ACCEPTANCE_RATE, t.cases(PetitionCounts.ACCEPTED_ON_TIME), accepted),
        resolved,
        t.cases(PetitionCounts.RESOLVED, "NOT_RESOLVED"),
        Rate.of(RESOLUTION_RATE, resolved, accepted),
        replied,
        Rate.of(ON_TIME_REPLY_RATE, t.cases(PetitionCounts.REPLIED, "on_time"), replied),
        satisfied,
        basically,
        dissatisfied,
        Rate.of(SATISFACTION_RATE, satisfied + basically, satisfied + basically + dissatisfied),
        reviewsRequested,
        reviewsDecided,
        Rate.of(REVIEW_RATE, reviewsRequested, replied),
        reReviewsRequested,
        t.cases(PetitionCounts.RE_REVIEW_DECIDED),
        Rate.of(RE_REVIEW_RATE, reReviewsRequested, reviewsDecided),
        null);
  }

  private static PetitionFigures figures(LocalDate asOf, ResultSet rs) throws SQLException {
    long accepted = rs.getLong("accepted");
    long replied = rs.getLong("replied");
    long satisfied = rs.getLong("satisfied");
    long basically = rs.getLong("basically_satisfied");
    long dissatisfied = rs.getLong("dissatisfied");
    long reviewsDecided = rs.getLong("reviews_decided");
    return new PetitionFigures(
        asOf,
        rs.getLong("registered"),
        rs.getLong("persons"),
        accepted,
        rs.getLong("not_accepted"),
        rs.getLong("redirected"),
        Rate.of(ON_TIME_ACCEPTANCE_RATE, rs.getLong("accepted_on_time"), accepted),
        rs.getLong("resolved"),
        rs.getLong("not_resolved"),
        Rate.of(RESOLUTION_RATE, rs.getLong("resolved"), accepted),
        replied,
        Rate.of(ON_TIME_REPLY_RATE, rs.getLong("replied_on_time"), replied),
        satisfied,
        basically,
        dissatisfied,
        Rate.of(SATISFACTION_RATE, satisfied + basically, satisfied + basically + dissatisfied),
        rs.getLong("reviews_requested"),
        reviewsDecided,
        Rate.of(REVIEW_RATE, rs.getLong("reviews_requested"), replied),
        rs.getLong("re_reviews_requested"),
        rs.getLong("re_reviews_decided"),
        Rate.of(RE_REVIEW_RATE, rs.getLong("re_reviews_requested"), reviewsDecided),
        null);
  }

  private static PetitionFigures none(LocalDate asOf) {
    return new PetitionFigures(
        asOf,
        0,
        0,
        0,
        0,
        0,
        Rate.of(ON_TIME_ACCEPTANCE_RATE, 0, 0),
        0,
        0,
        Rate.of(RESOLUTION_RATE, 0, 0),
        0,
        Rate.of(ON_TIME_REPLY_RATE, 0, 0),
        0,
        0,
        0,
        Rate.of(SATISFACTION_RATE, 0, 0),
        0,
        0,
        Rate.of(REVIEW_RATE, 0, 0),
        0,
        0,
        Rate.of(RE_REVIEW_RATE, 0, 0),
        null);
  }
}
