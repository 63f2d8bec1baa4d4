package org.disputeregistry.query.deadline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
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

  DeadlineLists(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Limits running at {@code asOf} whose due date has passed; oldest first. */
  public Table overdue(String caseType, LocalDate asOf) {
    return list(caseType, "{due} < :asOf", "daysOverdue", "CAST(:asOf AS date) - due_on", asOf, 0);
  }

  /** Limits running at {@code asOf} due on that day or within the next {@code days}. */
  public Table dueSoon(String caseType, LocalDate asOf, int days) {
    return list(
        caseType,
        "{due} BETWEEN :asOf AND CAST(:asOf AS date) + :within",
        "daysLeft",
        "due_on - CAST(:asOf AS date)",
        asOf,
        days);
  }

  private Table list(
      String caseType, String window, String daysColumn, String days, LocalDate asOf, int within) {
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
    jdbc.query(
        "SELECT *, " + days + " AS days FROM (" + union + ") d ORDER BY due_on, case_number, step",
        new MapSqlParameterSource("asOf", asOf).addValue("within", within),
        rs -> {
          table.row(
              caseType,
              rs.getString("case_id"),
              rs.getString("case_number"),
              rs.getString("step"),
              rs.getString("street"),
              rs.getString("community"),
              rs.getString("category"),
              rs.getObject("since", LocalDate.class),
              rs.getObject("due_on", LocalDate.class),
              rs.getInt("days"));
        });
    return table.build();
  }
}
