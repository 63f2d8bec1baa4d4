package org.disputeregistry.query.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.query.statistics.QueryTime;
import org.disputeregistry.query.statistics.StatisticsRequestException;
import org.disputeregistry.report.OpenCaseAge;
import org.disputeregistry.report.YearOnYear.OpenCases;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ageing of open cases (历史积案): how many cases of each type are open at a day ({@link
 * CaseList#OPEN_ON}), by the year they were received and how long they have been open, each cell
 * with the case list behind it. Ages ({@link OpenCaseAge}) are counted in calendar months back from
 * the day.
 */
@Component
public class OpenCaseAgeing {

  private final NamedParameterJdbcTemplate jdbc;
  private final QueryTime queryTime;

  OpenCaseAgeing(NamedParameterJdbcTemplate jdbc, QueryTime queryTime) {
    this.jdbc = jdbc;
    this.queryTime = queryTime;
  }

  /**
   * The cases open at {@code day} of one type (a {@code caseType} parameter value) or of all
   * (null), per type, year of receipt and age; only cells with cases.
   */
  public List<OpenCases> at(LocalDate day, String caseType) {
    Optional<CaseKind> kind = Optional.ofNullable(caseType).map(OpenCaseAgeing::kind);
    MapSqlParameterSource parameters = new MapSqlParameterSource("day", day);
    StringBuilder age = new StringBuilder("CASE");
    for (OpenCaseAge a : OpenCaseAge.values()) {
      if (a.receivedFrom(day) == null) {
        age.append(" ELSE '").append(a.name()).append("' END");
      } else {
        age.append(" WHEN s.received_on >= :")
            .append(a.name())
            .append(" THEN '")
            .append(a.name())
            .append("'");
        parameters.addValue(a.name(), a.receivedFrom(day));
      }
    }
    String sql =
        "SELECT s.case_type, extract(YEAR FROM s.received_on)::int AS year, "
            + age
            + " AS age, count(*) AS cases FROM case_summary s WHERE "
            + CaseList.OPEN_ON.formatted("day")
            + (kind.isPresent() ? " AND s.case_type = :caseType" : "")
            + " GROUP BY 1, 2, 3";
    kind.ifPresent(k -> parameters.addValue("caseType", k.type.name()));
    List<OpenCases> rows =
        new ArrayList<>(
            queryTime.bounded(
                () ->
                    jdbc.query(
                        sql,
                        parameters,
                        (rs, n) ->
                            cell(
                                rs.getString("case_type"),
                                rs.getInt("year"),
                                OpenCaseAge.valueOf(rs.getString("age")),
                                rs.getLong("cases"),
                                day))));
    rows.sort(
        Comparator.comparing(OpenCases::caseType)
            .thenComparing(OpenCases::receivedIn)
            .thenComparing(r -> OpenCaseAge.valueOf(r.age())));
    return rows;
  }

  /** A cell, with the case list behind it: open at the day, received in its year and age. */
  static OpenCases cell(String type, int year, OpenCaseAge age, long cases, LocalDate day) {
    CaseKind kind = CaseKind.of(CaseType.valueOf(type)).orElseThrow();
    LocalDate from = max(LocalDate.of(year, 1, 1), age.receivedFrom(day));
    LocalDate to = min(LocalDate.of(year, 12, 31), age.receivedTo(day));
    String list =
        "/api/cases?caseType=%s&openOn=%s&receivedFrom=%s&receivedTo=%s"
            .formatted(kind.parameter, day, from, to);
    return new OpenCases(type, year, age.name(), cases, list);
  }

  private static CaseKind kind(String parameter) {
    return CaseKind.ofParameter(parameter)
        .orElseThrow(
            () ->
                new StatisticsRequestException(
                    "caseType",
                    "caseType must be one of "
                        + Arrays.stream(CaseKind.values()).map(k -> k.parameter).toList()));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return b == null || a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
