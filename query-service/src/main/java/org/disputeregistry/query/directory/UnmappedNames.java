package org.disputeregistry.query.directory;

import java.util.List;
import org.disputeregistry.events.Unclassified;
import org.disputeregistry.query.statistics.QueryTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The texts the directories do not know, with how many cases each names: what an admin adds as
 * aliases. Agency and department names only, never a case or a person.
 */
@Component
public class UnmappedNames {

  /** At most this many texts per list, the most frequent first. */
  static final int MAX_TEXTS = 1000;

  /** A text as typed, and the number of cases that name it. */
  public record Name(String text, long cases) {}

  public record Unmapped(List<Name> respondentAgencies, List<Name> petitionDepartments) {}

  private final JdbcTemplate jdbc;
  private final QueryTime time;

  UnmappedNames(JdbcTemplate jdbc, QueryTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  public Unmapped list() {
    return time.bounded(
        () ->
            new Unmapped(
                names("respondent_agency", "reconsideration_case", "respondent"),
                names("department_text", "petition_case", "department")));
  }

  private List<Name> names(String text, String table, String code) {
    return jdbc.query(
        "SELECT "
            + text
            + " AS text, count(*) AS cases FROM "
            + table
            + " WHERE "
            + code
            + " = ? GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT "
            + MAX_TEXTS,
        (rs, row) -> new Name(rs.getString("text"), rs.getLong("cases")),
        Unclassified.UNMAPPED.name());
  }
}
