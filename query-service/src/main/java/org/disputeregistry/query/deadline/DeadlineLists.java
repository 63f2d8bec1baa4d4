package org.disputeregistry.query.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.disputeregistry.query.statistics.QueryTime;
import org.disputeregistry.query.statistics.Table;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The cases of a type whose time limits ran out, or are about to, on a given day. */
@Component
public class DeadlineLists {

  public static final List<String> CASE_TYPES =
      Arrays.stream(Deadline.values()).map(d -> d.caseType).distinct().toList();

  private final NamedParameterJdbcTemplate jdbc;
  private final QueryTime time;

  DeadlineLists(NamedParameterJdbcTemplate jdbc, QueryTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  /** One page of a list: its rows, and whether a next page has any. */
  public record Page(Table cases, boolean more) {}

  /** Limits running at {@code asOf} whose due date has passed; oldest first. */
  public Page overdue(String caseType, LocalDate asOf, int page, int size) {
    return time.bounded(
        () ->
            list(
                caseType,
                "{due} < :asOf",
                "daysOverdue",
                "CAST(:asOf AS date) - due_on",
                new MapSqlParameterSource("asOf", asOf).addValue("within", 0),
                page,
                size));
  }

  /** Limits running at {@code asOf} due on that day or within the next {@code days}. */
  public Page dueSoon(String caseType, LocalDate asOf, int days, int page, int size) {
    return time.bounded(
        () ->
            list(
                caseType,
                "{due} BETWEEN :asOf AND CAST(:asOf AS date) + :within",
                "daysLeft",
                "due_on - CAST(:asOf AS date)",
                new MapSqlParameterSource("asOf", asOf).addValue("within", days),
                page,
                size));
  }

  private Page list(
      String caseType,
      String window,
      String daysColumn,
      String days,
      MapSqlParameterSource parameters,
      int page,
      int size) {
    String union =
        Arrays.stream(Deadline.values())
            .filter(d -> d.caseType.equals(caseType))
            .map(d -> d.select(window))
            .collect(Collectors.joining(" UNION ALL "));
    Table.Builder table =
        Table.withColumns(
            "caseType",
            "caseId",
            "caseNumber",
            "step",
            "street",
            "community",
            "category",
            "since",
            "dueOn",
            daysColumn);
    // One row more than the page: whether there is a next page, without counting them all.
    List<Object[]> rows = new ArrayList<>();
    jdbc.query(
        "SELECT *, "
            + days
            + " AS days FROM ("
            + union
            + ") d ORDER BY due_on, case_number, step, case_id LIMIT :limit OFFSET :offset",
        parameters.addValue("limit", size + 1).addValue("offset", (long) page * size),
        rs -> {
          rows.add(
              new Object[] {
                caseType,
                rs.getString("case_id"),
                rs.getString("case_number"),
                rs.getString("step"),
                rs.getString("street"),
                rs.getString("community"),
                rs.getString("category"),
                rs.getObject("since", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getInt("days")
              });
        });
    rows.stream().limit(size).forEach(table::row);
    return new Page(table.build(), rows.size() > size);
  }
}
