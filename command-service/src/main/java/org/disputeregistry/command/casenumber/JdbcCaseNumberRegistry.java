package org.disputeregistry.command.casenumber;

import java.util.List;
import java.util.UUID;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcCaseNumberRegistry implements CaseNumberRegistry {

  private final JdbcTemplate jdbc;

  JdbcCaseNumberRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void claim(CaseType type, int year, String caseNumber, CaseId caseId) {
    // ON CONFLICT keeps the transaction usable, so a refusal is a clean rule violation.
    int inserted =
        jdbc.update(
            "INSERT INTO case_number_claim (case_type, case_year, case_number, case_id)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            type.name(),
            year,
            caseNumber,
            caseId.value());
    if (inserted == 1) {
      return;
    }
    List<UUID> holder =
        jdbc.queryForList(
            "SELECT case_id FROM case_number_claim"
                + " WHERE case_type = ? AND case_year = ? AND case_number = ?",
            UUID.class,
            type.name(),
            year,
            caseNumber);
    if (!holder.equals(List.of(caseId.value()))) {
      throw new RuleViolation(
          ErrorCode.CASE_NUMBER_TAKEN,
          "caseNumber",
          "Case number " + caseNumber + " is already used by another case of " + year);
    }
  }
}
