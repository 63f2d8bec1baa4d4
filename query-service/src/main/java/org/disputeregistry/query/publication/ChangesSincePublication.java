package org.disputeregistry.query.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disputeregistry.query.counts.Contribution;
import org.disputeregistry.query.petition.PetitionFigures;
import org.disputeregistry.query.statistics.Period;
import org.disputeregistry.query.statistics.QueryTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What was recorded or corrected since a version was published and changes its figures, case by
 * case: the cases whose contribution rows now differ from those the version stored (rows are facts
 * of the read models, so a rebuild gives the same rows and the same list), each with the figures it
 * changes and by how much. Computed when asked; the projection does nothing for it.
 */
@Component
public class ChangesSincePublication {

  /** A page of the changed cases, and how many there are in all. */
  public record Page(List<CaseChanges> cases, long total) {}

  private static final String STORED =
      "SELECT case_type, case_id, dimension_value, measure, detail, day, amount"
          + " FROM publication.contribution WHERE year = :year AND version = :version";

  private final NamedParameterJdbcTemplate jdbc;
  private final YearContributions contributions;
  private final QueryTime time;

  ChangesSincePublication(
      NamedParameterJdbcTemplate jdbc, YearContributions contributions, QueryTime time) {
    this.jdbc = jdbc;
    this.contributions = contributions;
    this.time = time;
  }

  /** The changed cases of a version, by type and case number, a page of them. */
  public Page since(Publication publication, int page, int size) {
    return time.bounded(() -> read(publication, page, size));
  }

  private Page read(Publication publication, int page, int size) {
    Period year = Period.ofYear(publication.year());
    MapSqlParameterSource parameters =
        new MapSqlParameterSource()
            .addValue("from", year.from())
            .addValue("to", year.to())
            .addValue("year", publication.year())
            .addValue("version", publication.version())
            .addValue("size", size)
            .addValue("offset", (long) page * size);
    List<Changed> changed = new ArrayList<>();
    long[] total = {0};
    jdbc.query(
        changedCases()
            + "SELECT c.case_type, c.case_id, s.case_number, count(*) OVER () AS total"
            + " FROM changed c LEFT JOIN case_summary s ON s.case_id = c.case_id"
            + " ORDER BY c.case_type, s.case_number, c.case_id LIMIT :size OFFSET :offset",
        parameters,
        rs -> {
          total[0] = rs.getLong("total");
          changed.add(
              new Changed(
                  rs.getString("case_type"),
                  rs.getObject("case_id", UUID.class),
                  rs.getString("case_number")));
        });
    if (changed.isEmpty()) {
      return new Page(List.of(), page == 0 ? 0 : count(parameters));
    }
    parameters.addValue("ids", changed.stream().map(Changed::caseId).toList());
    Map<UUID, List<Contribution>> then = rows(STORED + " AND case_id IN (:ids)", parameters);
    Map<UUID, List<Contribution>> now = rows(contributions.ofCases(), parameters);
    List<CaseChanges> cases = new ArrayList<>();
    for (Changed c : changed) {
      List<Contribution> before = then.getOrDefault(c.caseId(), List.of());
      List<Contribution> after = now.getOrDefault(c.caseId(), List.of());
      List<FigureChange> changes =
          contributions
              .figures(c.caseType())
              .map(type -> FigureDifference.of(type, before, after, publication.year()))
              .orElseGet(
                  () ->
                      FigureDifference.ofPersons(
                          PetitionFigures.PERSON_TIMES_SERVED, before, after));
      cases.add(new CaseChanges(c.caseType(), c.caseId(), c.caseNumber(), changes));
    }
    return new Page(cases, total[0]);
  }

  /** How many changed cases there are, for a page past the last. */
  private long count(MapSqlParameterSource parameters) {
    Long count =
        jdbc.queryForObject(
            changedCases() + "SELECT count(*) FROM changed", parameters, Long.class);
    return count == null ? 0 : count;
  }

  /**
   * The cases whose rows now differ from the stored ones: a row more, a row less or a row changed.
   * A case has at most one row per measure, so the rows pair up by case and measure (one hash join,
   * a few seconds for a year of 92,000 petitions).
   */
  private String changedCases() {
    return "WITH live AS ("
        + contributions.all()
        + "), stored AS ("
        + STORED
        + "), changed AS (SELECT DISTINCT coalesce(l.case_type, s.case_type) AS case_type,"
        + " coalesce(l.case_id, s.case_id) AS case_id"
        + " FROM live l FULL JOIN stored s"
        + " ON s.case_id = l.case_id AND s.case_type = l.case_type AND s.measure = l.measure"
        + " WHERE l.case_id IS NULL OR s.case_id IS NULL"
        + " OR (l.dimension_value, l.detail, l.day, l.amount)"
        + " IS DISTINCT FROM (s.dimension_value, s.detail, s.day, s.amount)) ";
  }

  private Map<UUID, List<Contribution>> rows(String sql, MapSqlParameterSource parameters) {
    Map<UUID, List<Contribution>> rows = new HashMap<>();
    jdbc.query(
        sql,
        parameters,
        rs -> {
          rows.computeIfAbsent(rs.getObject("case_id", UUID.class), id -> new ArrayList<>())
              .add(
                  new Contribution(
                      rs.getString("dimension_value"),
                      rs.getString("measure"),
                      rs.getString("detail"),
                      rs.getObject("day", LocalDate.class),
                      rs.getBigDecimal("amount")));
        });
    return rows;
  }

  private record Changed(String caseType, UUID caseId, String caseNumber) {}
}
