package org.disputeregistry.query.directory;

import java.sql.PreparedStatement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps every stored agency and department text again through the directories on start: an alias
 * added to the reference data moves its cases out of {@code UNMAPPED} on the next start, without a
 * rebuild. The projection maps new events through the same {@link Directories}, so running beside
 * it writes the same codes. No counter holds these columns, so nothing else changes.
 */
@Component
class DirectoryRemapping implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DirectoryRemapping.class);

  private final JdbcTemplate jdbc;
  private final Directories directories;

  DirectoryRemapping(JdbcTemplate jdbc, Directories directories) {
    this.jdbc = jdbc;
    this.directories = directories;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    List<String> agencies = texts("respondent_agency", "reconsideration_case");
    List<Directories.Respondent> respondents =
        agencies.stream().map(directories::respondent).toList();
    List<String> departments = texts("department_text", "petition_case");
    // One statement per table: each stored text beside its code, as arrays joined to the rows.
    int moved =
        update(
            """
            UPDATE reconsideration_case c SET respondent = m.code, respondent_level = m.level
              FROM unnest(?::text[], ?::text[], ?::text[]) AS m(text, code, level)
             WHERE c.respondent_agency = m.text
               AND (c.respondent <> m.code OR c.respondent_level <> m.level)
            """,
            agencies,
            respondents.stream().map(Directories.Respondent::code).toList(),
            respondents.stream().map(Directories.Respondent::level).toList());
    moved +=
        update(
            """
            UPDATE petition_case c SET department = m.code
              FROM unnest(?::text[], ?::text[]) AS m(text, code)
             WHERE c.department_text = m.text AND c.department <> m.code
            """,
            departments,
            departments.stream().map(directories::department).toList());
    // A count only: the texts are names of public bodies, but nothing of a case goes to the log.
    log.info("Directories applied to the stored texts again: {} cases changed their code", moved);
  }

  @SafeVarargs
  private int update(String sql, List<String>... columns) {
    return jdbc.update(
        connection -> {
          PreparedStatement statement = connection.prepareStatement(sql);
          for (int i = 0; i < columns.length; i++) {
            statement.setArray(i + 1, connection.createArrayOf("text", columns[i].toArray()));
          }
          return statement;
        });
  }

  private List<String> texts(String column, String table) {
    return jdbc.queryForList(
        "SELECT DISTINCT " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL",
        String.class);
  }
}
