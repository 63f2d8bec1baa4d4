package org.disputeregistry.query.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disputeregistry.events.Ownership;
import org.disputeregistry.query.counts.FigureQueries;
import org.disputeregistry.query.statistics.QueryTime;
import org.disputeregistry.query.statistics.Table;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case list: a page of {@code case_summary} rows that pass a search's filters, within the
 * caller's scope, in the order asked for. A drill-down narrows it to the cases a figure counts, by
 * the figure's own definition ({@link FigureQueries#cases}) over its case table.
 */
@Component
public class CaseList {

  /**
   * A case open at a day ({@code :%s}): received by it and not ended by it (an ending step, a
   * non-acceptance, redirection or abandonment on a later day, or none yet). The case list's {@code
   * openOn} and the ageing of open cases ({@link OpenCaseAgeing}) both read it.
   */
  static final String OPEN_ON =
      "s.received_on <= :%1$s AND (s.closed_on IS NULL OR s.closed_on > :%1$s)";

  /** The distinct owners, one index probe each (a handful of values over many rows). */
  private static final String OWNERS =
      """
      WITH RECURSIVE o (v) AS (
        SELECT min(organisation) FROM case_summary
        UNION ALL
        SELECT (SELECT min(organisation) FROM case_summary WHERE organisation > o.v)
        FROM o WHERE o.v IS NOT NULL)
      SELECT v FROM o WHERE v IS NOT NULL
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final FigureQueries figures;
  private final QueryTime time;

  CaseList(NamedParameterJdbcTemplate jdbc, FigureQueries figures, QueryTime time) {
    this.jdbc = jdbc;
    this.figures = figures;
    this.time = time;
  }

  /** One page of a list: its rows, and whether a next page has any. */
  public record Page(Table cases, boolean more) {}

  public Page search(CaseSearch search, Scope scope) {
    return time.bounded(() -> read(search, scope));
  }

  /** How many cases pass the search's filters within the caller's scope (its page aside). */
  public long count(CaseSearch search, Scope scope) {
    return time.bounded(
        () -> {
          MapSqlParameterSource parameters = new MapSqlParameterSource();
          String where = where(search, scope, parameters);
          return where == null
              ? 0L
              : jdbc.queryForObject(
                  "SELECT count(*) FROM case_summary s WHERE " + where, parameters, Long.class);
        });
  }

  /**
   * The search's conditions on {@code case_summary s} within the caller's scope, its values bound
   * in {@code parameters}, for another list of cases that filters as this one does (the deadline
   * lists); null: no case in scope.
   */
  public String condition(CaseSearch search, Scope scope, MapSqlParameterSource parameters) {
    return where(search, scope, parameters);
  }

  private Page read(CaseSearch search, Scope scope) {
    MapSqlParameterSource parameters = new MapSqlParameterSource();
    String where = where(search, scope, parameters);
    if (where == null) {
      return new Page(CaseColumn.table().build(), false);
    }
    String direction = search.descending() ? " DESC" : " ASC";
    String sql =
        "SELECT s.* FROM case_summary s WHERE "
            + where
            + " ORDER BY s."
            + search.sort().column
            + direction
            + ", s.case_id"
            + direction
            + " LIMIT :limit OFFSET :offset";
    parameters
        .addValue("limit", search.size() + 1)
        .addValue("offset", (long) search.page() * search.size());
    // One row more than the page: whether there is a next page, without counting them all.
    List<Object[]> rows = new ArrayList<>();
    CaseColumn[] columns = CaseColumn.values();
    jdbc.query(
        sql,
        parameters,
        rs -> {
          Object[] row = new Object[columns.length];
          for (int i = 0; i < columns.length; i++) {
            row[i] = columns[i].read(rs);
          }
          rows.add(row);
        });
    Table.Builder table = CaseColumn.table();
    rows.stream().limit(search.size()).forEach(table::row);
    return new Page(table.build(), rows.size() > search.size());
  }

  /** The search's conditions, its values bound in {@code parameters}; null: no case in scope. */
  private String where(CaseSearch search, Scope scope, MapSqlParameterSource parameters) {
    StringBuilder where = new StringBuilder("TRUE");
    if (!scope.everyCase()) {
      List<String> owners =
          jdbc.queryForList(OWNERS, Map.of(), String.class).stream()
              .filter(owner -> Ownership.mayWrite(scope.organisation(), owner))
              .toList();
      if (owners.isEmpty()) {
        return null;
      }
      where.append(" AND s.organisation IN (:owners)");
      parameters.addValue("owners", owners);
    }
    if (search.kind() != null) {
      where.append(" AND s.case_type = :caseType");
      parameters.addValue("caseType", search.kind().type.name());
    }
    if (search.drillDown() != null) {
      CaseSearch.DrillDown drill = search.drillDown();
      where
          .append(" AND s.case_id IN (")
          .append(
              figures.cases(
                  search.kind().figures, drill.figure(), drill.query(), drill.asOf(), parameters))
          .append(")");
    }
    search
        .filters()
        .forEach(
            (filter, value) -> {
              where.append(" AND ").append(filter.condition());
              parameters.addValue(filter.bound(), filter.value(value));
            });
    range(where, parameters, "received_on", "receivedFrom", search.receivedFrom(), ">=");
    range(where, parameters, "received_on", "receivedTo", search.receivedTo(), "<=");
    range(where, parameters, "closed_on", "closedFrom", search.closedFrom(), ">=");
    range(where, parameters, "closed_on", "closedTo", search.closedTo(), "<=");
    range(where, parameters, "next_due_on", "dueFrom", search.dueFrom(), ">=");
    range(where, parameters, "next_due_on", "dueTo", search.dueTo(), "<=");
    if (search.open() != null) {
      where.append(search.open() ? " AND s.closed_on IS NULL" : " AND s.closed_on IS NOT NULL");
    }
    if (search.openOn() != null) {
      where.append(" AND ").append(OPEN_ON.formatted("openOn"));
      parameters.addValue("openOn", search.openOn());
    }
    return where.toString();
  }

  private static void range(
      StringBuilder where,
      MapSqlParameterSource parameters,
      String column,
      String name,
      Object value,
      String comparison) {
    if (value != null) {
      where
          .append(" AND s.")
          .append(column)
          .append(' ')
          .append(comparison)
          .append(" :")
          .append(name);
      parameters.addValue(name, value);
    }
  }
}
