package org.disputeregistry.query.servicecontact;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.Period;
import org.disputeregistry.query.statistics.Query;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Person-times served (服务人次): the persons of the service contacts of a period, summed over the site
 * days. Sites belong to a street and community; contacts have no channel, so only those two
 * dimensions apply.
 */
@Component
public class PersonTimes {

  public static final Set<Dimension> DIMENSIONS = EnumSet.of(Dimension.STREET, Dimension.COMMUNITY);

  private final NamedParameterJdbcTemplate jdbc;

  PersonTimes(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A {@code SELECT} of what each site day of a period ({@code :from}, {@code :to}) contributes to
   * the person-times served, as a contribution row {@code (case_id, dimension_value, measure,
   * detail, day, amount)}: its street, its persons as the amount. Of the days {@code where} selects
   * (SQL over {@code service_contact_day}).
   */
  public static String contributions(String measure, String where) {
    return "SELECT case_id, street AS dimension_value, '"
        + measure
        + "' AS measure, '' AS detail, served_on AS day, persons::numeric AS amount"
        + " FROM service_contact_day WHERE served_on BETWEEN :from AND :to AND "
        + where;
  }

  /** Whether the query's filters and breakdown are all dimensions of service contacts. */
  public static boolean answers(Query query) {
    return DIMENSIONS.containsAll(query.filters().keySet())
        && (query.breakdown() == null || DIMENSIONS.contains(query.breakdown()));
  }

  /** The period's total under the query's filters. */
  public long total(Query query) {
    return sums(query, "''").getOrDefault("", 0L);
  }

  /** The period's sum per value of the query's breakdown. */
  public Map<String, Long> breakdown(Query query) {
    return sums(query, query.breakdown().column());
  }

  /** A year's person-times served, of each month, and per street. */
  public record Year(long total, List<Long> months, Map<String, Long> byStreet) {}

  /** {@link #total} of the year and of each month, and {@link #breakdown} by street: one query. */
  public Year year(int year) {
    Period period = Period.ofYear(year);
    long[] months = new long[12];
    Map<String, Long> byStreet = new LinkedHashMap<>();
    jdbc.query(
        "SELECT street, extract(MONTH FROM served_on)::int AS month, sum(persons) AS persons"
            + " FROM service_contact_day WHERE served_on BETWEEN :from AND :to GROUP BY 1, 2",
        new MapSqlParameterSource().addValue("from", period.from()).addValue("to", period.to()),
        rs -> {
          long persons = rs.getLong("persons");
          months[rs.getInt("month") - 1] += persons;
          byStreet.merge(rs.getString("street"), persons, Long::sum);
        });
    return new Year(Arrays.stream(months).sum(), Arrays.stream(months).boxed().toList(), byStreet);
  }

  private Map<String, Long> sums(Query query, String groupBy) {
    if (!answers(query)) {
      throw new IllegalArgumentException("Service contacts have no " + query);
    }
    MapSqlParameterSource parameters = new MapSqlParameterSource();
    String sql =
        "SELECT "
            + groupBy
            + " AS key, sum(persons) AS persons FROM service_contact_day"
            + " WHERE served_on BETWEEN :from AND :to"
            + query.where(parameters)
            + " GROUP BY 1";
    Map<String, Long> sums = new LinkedHashMap<>();
    jdbc.query(
        sql,
        parameters,
        rs -> {
          sums.put(rs.getString("key"), rs.getLong("persons"));
        });
    return sums;
  }
}
