package org.disputeregistry.query.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.query.cases.CaseList;
import org.disputeregistry.query.cases.CaseSearch;
import org.disputeregistry.query.cases.Scope;
import org.disputeregistry.query.statistics.QueryTime;
import org.disputeregistry.query.statistics.Table;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The time limits running on a day that ran out, or are about to: one row per limit, so a case with
 * several running (the respondent's reply and the decision) has a row for each. Filtered and scoped
 * as the case list is ({@link CaseList#condition}: caseType, organisation, street, handler; an
 * officer sees only the cases of the organisation the token names).
 */
@Component
public class DeadlineLists {

  /** The case list's parameters that the deadline lists take. */
  public static final List<String> FILTERS =
      List.of("caseType", "organisation", "street", "handler");

  private final NamedParameterJdbcTemplate jdbc;
  private final CaseList cases;
  private final QueryTime time;

  DeadlineLists(NamedParameterJdbcTemplate jdbc, CaseList cases, QueryTime time) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.time = time;
  }

  /** One page of a list: its rows, and whether a next page has any. */
  public record Page(Table cases, boolean more) {}

  /** What a list asks for: its filters (by the case list's names), day and page. */
  public record Request(CaseSearch filters, Scope scope, LocalDate asOf, int page, int size) {}

  /** Limits running at {@code asOf} whose due date has passed; oldest first. */
  public Page overdue(Request request) {
    return time.bounded(
        () ->
            list(
                request,
                "d.due_on < :asOf",
                "daysOverdue",
                "CAST(:asOf AS date) - d.due_on",
                new MapSqlParameterSource()));
  }

  /** Limits running at {@code asOf} due on that day or within the next {@code days}. */
  public Page dueSoon(Request request, int days) {
    return time.bounded(
        () ->
            list(
                request,
                "d.due_on BETWEEN :asOf AND CAST(:asOf AS date) + :within",
                "daysLeft",
                "d.due_on - CAST(:asOf AS date)",
                new MapSqlParameterSource("within", days)));
  }

  private Page list(
      Request request,
      String window,
      String daysColumn,
      String days,
      MapSqlParameterSource parameters) {
    Table.Builder table =
        Table.withColumns(
            "caseType",
            "caseId",
            "caseNumber",
            "step",
            "street",
            "community",
            "category",
            "organisation",
            "handler",
            "since",
            "dueOn",
            "article",
            daysColumn);
    String where = cases.condition(request.filters(), request.scope(), parameters);
    if (where == null) {
      return new Page(table.build(), false);
    }
    // One row more than the page: whether there is a next page, without counting them all.
    List<Object[]> rows = new ArrayList<>();
    jdbc.query(
        "SELECT d.kind, d.case_id, s.case_number, s.street, s.community, s.category,"
            + " s.organisation, s.handler, s.received_on, d.started_on, d.due_on, d.procedure, "
            + days
            + " AS days FROM case_deadline d JOIN case_summary s ON s.case_id = d.case_id"
            + " WHERE "
            + where
            + " AND d.started_on <= :asOf AND (d.ended_on IS NULL OR d.ended_on > :asOf) AND "
            + window
            + " ORDER BY d.due_on, s.case_number, d.kind, d.case_id LIMIT :limit OFFSET :offset",
        parameters
            .addValue("asOf", request.asOf())
            .addValue("limit", request.size() + 1)
            .addValue("offset", (long) request.page() * request.size()),
        rs -> {
          DeadlineKind kind = DeadlineKind.valueOf(rs.getString("kind"));
          String procedure = rs.getString("procedure");
          rows.add(
              new Object[] {
                kind.caseType,
                rs.getString("case_id"),
                rs.getString("case_number"),
                kind.step,
                rs.getString("street"),
                rs.getString("community"),
                rs.getString("category"),
                rs.getString("organisation"),
                rs.getString("handler"),
                rs.getObject("started_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                kind.article(
                    rs.getObject("received_on", LocalDate.class),
                    rs.getObject("started_on", LocalDate.class),
                    procedure == null ? null : Procedure.valueOf(procedure)),
                rs.getInt("days")
              });
        });
    rows.stream().limit(request.size()).forEach(table::row);
    return new Page(table.build(), rows.size() > request.size());
  }
}
