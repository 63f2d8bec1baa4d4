package org.disputeregistry.query.directory;

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
    int moved = 0;
    for (String agency : texts("respondent_agency", "reconsideration_case")) {
      Directories.Respondent r = directories.respondent(agency);
      moved +=
          jdbc.update(
              "UPDATE reconsideration_case SET respondent = ?, respondent_level = ?"
                  + " WHERE respondent_agency = ? AND (respondent <> ? OR respondent_level <> ?)",
              r.code(),
              r.level(),
              agency,
              r.code(),
              r.level());
    }
    for (String department : texts("department_text", "petition_case")) {
      String code = directories.department(department);
      moved +=
          jdbc.update(
              "UPDATE petition_case SET department = ? WHERE department_text = ?"
                  + " AND department <> ?",
              code,
              department,
              code);
    }
    // A count only: the texts are names of public bodies, but nothing of a case goes to the log.
    log.info("Directories applied to the stored texts again: {} cases changed their code", moved);
  }

  private List<String> texts(String column, String table) {
    return jdbc.queryForList(
        "SELECT DISTINCT " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL",
        String.class);
  }
}
